export { AccountBreadcrumbs } from './components/AccountBreadcrumbs';
