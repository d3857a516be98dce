export { AnonymizationCard } from './components/AnonymizationCard';
export { CompanyExportCard } from './components/CompanyExportCard';
export type { AnonymizationStatus } from './types';
