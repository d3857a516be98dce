/** What other features may use of privacy: the company-level cards on the Settings page. */
export { AnonymizationCard } from './components/AnonymizationCard';
export { CompanyExportCard } from './components/CompanyExportCard';
export type { AnonymizationStatus } from './types';
