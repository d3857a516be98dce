type Handler = (request: Request) => Response | Promise<Response>;

const routes = new Map<string, Handler>();
export const requests: Request[] = [];

function routeKey(method: string, pathname: string): string {
  return `${method.toUpperCase()} ${pathname}`;
}

/** Answers `METHOD /path` with the handler's response, for the rest of the test. */
export function onRequest(method: string, pathname: string, handler: Handler): void {
  routes.set(routeKey(method, pathname), handler);
}

export function json(status: number, body: unknown): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: status === 204 ? {} : { 'Content-Type': 'application/json' },
  });
}

export function apiError(status: number, code: string, details?: unknown): Response {
  return json(status, { statusCode: status, code, message: `${code} (test)`, details });
}

export async function routeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init);
  requests.push(request.clone());
  const handler = routes.get(routeKey(request.method, new URL(request.url).pathname));
  if (!handler) throw new Error(`No test answer for ${request.method} ${request.url}`);
  return handler(request);
}

export function resetFetchMock(): void {
  routes.clear();
  requests.length = 0;
}
