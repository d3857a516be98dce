// Temporary (type-only import of the client library the generated client wraps): goes away with the
// regenerated client.
import type { Client } from 'openapi-fetch';
import { api } from '../../api/client';
import type { PrivacyPaths } from './types';

/**
 * The app's one API client, seen with the privacy endpoints its generated types do not know yet. Same
 * object, same headers and cookie; once the client is regenerated, the hooks use `api` directly.
 */
export const privacyApi = api as unknown as Client<PrivacyPaths>;
