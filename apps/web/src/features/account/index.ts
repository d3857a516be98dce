/** What other features may use of the account feature (its pages are wired in app/routing). */
export { AccountBreadcrumbs } from './components/AccountBreadcrumbs';
