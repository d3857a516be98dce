import type { Schemas } from '@deskbook/api-client';

/** GET /admin/anonymization/status: the last finished run, bookings due now, whether a run is under way. */
export type AnonymizationStatus = Schemas['AnonymizationStatusDto'];
/** DELETE /me */
export type EraseMeInput = Schemas['EraseMeDto'];
