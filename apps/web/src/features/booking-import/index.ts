export { BookingImportCard } from './components/BookingImportCard';
