// The web app's only way to talk to the API. `schema.ts` is generated from the API's OpenAPI
// document by `npm run api:generate`; `npm test` fails when it no longer matches the API.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths } from './schema.js';
export type Schemas = components['schemas'];
export type ApiError = Schemas['ErrorDto'];
/** Every `code` an API error can have. */
export type ErrorCode = Schemas['ErrorCode'];
/** The rule a 422 BOOKING_RULE_VIOLATED names in `details.rule`. */
export type BookingRule = Schemas['BookingRule'];
export type ImportProblemCode = Schemas['ImportProblemCode'];
// The same enums as values, for clients that list or test them; and limits to check before asking.
export { bookingRuleValues, errorCodeValues, importProblemCodeValues } from './schema.js';
export { API_LIMITS } from './limits.js';

/** Header the API requires on cookie-authenticated state-changing requests (CSRF defence). */
export const CSRF_HEADER = { 'X-Requested-With': 'deskbook' } as const;

export function createDeskbookClient(baseUrl = '', middleware: Middleware[] = []) {
  const client = createClient<paths>({
    baseUrl,
    credentials: 'same-origin',
    headers: CSRF_HEADER,
  });
  for (const m of middleware) client.use(m);
  return client;
}

export type DeskbookClient = ReturnType<typeof createDeskbookClient>;

/** Narrows an unknown error body to the API's shared error shape. */
export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'statusCode' in value &&
    typeof (value as { code: unknown }).code === 'string'
  );
}
