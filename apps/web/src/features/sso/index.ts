/** What other features may use of single sign-on: the login page's offer and the Settings section. */
export { SsoLoginOffer } from './components/SsoLoginOffer';
export { SsoSection } from './components/SsoSection';
