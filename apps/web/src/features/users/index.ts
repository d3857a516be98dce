export { useUsers } from './hooks/useUsers';
