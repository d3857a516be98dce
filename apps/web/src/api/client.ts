import { createDeskbookClient } from '@deskbook/api-client';

/**
 * The one API client of the web app. Same origin: in development Vite proxies `/api` to the API, in
 * production the API serves this app. The session lives in an httpOnly cookie set by the API.
 * (An absolute base URL rather than '' so the client also works where `Request` needs one, e.g. tests.)
 */
export const api = createDeskbookClient(window.location.origin);
