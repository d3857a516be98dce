/** What other features may use of users: the list of people (names for the audit log). */
export { useUsers } from './hooks/useUsers';
