import type { Schemas } from '@deskbook/api-client';

// Local until the anonymization and data-rights DTOs are in the generated client; then each becomes
// `Schemas['…Dto']` and privacy-client.ts goes away.

/** GET /admin/anonymization/status */
export interface AnonymizationStatus {
  /** When the last finished run of the tenant ended; null before the first run. */
  lastRunAt: string | null;
  /** How many bookings that run anonymized or deleted. */
  lastRunProcessed: number | null;
  /** Bookings due now under the saved retention setting. */
  due: number;
  /** A run is queued or in progress. */
  running: boolean;
}

/** POST /admin/anonymization/run (202) */
export interface AnonymizationRunStarted {
  runId: string;
}

/** DELETE /me */
export interface EraseMeInput {
  password: string;
}

interface Json<T> {
  headers: Record<string, unknown>;
  content: { 'application/json': T };
}
interface NoContent {
  headers: Record<string, unknown>;
  content?: never;
}
interface Operation<Responses> {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
  requestBody?: never;
  responses: Responses & { default: Json<Schemas['ErrorDto']> };
}
type OperationWithBody<Responses, Body> = Omit<Operation<Responses>, 'requestBody'> & {
  requestBody: { content: { 'application/json': Body } };
};
interface PathItem {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
}

/** The endpoints above in the shape of the generated `paths`, for the client in privacy-client.ts. */
export interface PrivacyPaths {
  '/api/admin/anonymization/run': PathItem & { post: Operation<{ 202: Json<AnonymizationRunStarted> }> };
  '/api/admin/anonymization/status': PathItem & { get: Operation<{ 200: Json<AnonymizationStatus> }> };
  '/api/me/export': PathItem & { get: Operation<{ 200: Json<Record<string, unknown>> }> };
  '/api/me': PathItem & { delete: OperationWithBody<{ 204: NoContent }, EraseMeInput> };
}
