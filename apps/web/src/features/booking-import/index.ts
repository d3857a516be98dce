/** What other features may use of the booking import: its card on the Settings page. */
export { BookingImportCard } from './components/BookingImportCard';
