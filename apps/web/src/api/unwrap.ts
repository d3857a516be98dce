import { ApiError, NETWORK_ERROR } from './api-error';

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

async function settle<T>(request: Promise<ClientResult<T>>): Promise<ClientResult<T>> {
  try {
    return await request;
  } catch (cause) {
    // fetch itself failed: offline, DNS, aborted, proxy down.
    throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : 'Network error');
  }
}

/** Resolves to the response body of a successful call, or throws an {@link ApiError}. */
export async function unwrap<T>(request: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await settle(request);
  if (!response.ok) throw ApiError.fromBody(response.status, error);
  if (data === undefined) throw ApiError.fromBody(response.status, undefined);
  return data;
}

/** For calls answered with 204 No Content: resolves when successful, otherwise throws an {@link ApiError}. */
export async function unwrapEmpty(request: Promise<ClientResult<unknown>>): Promise<void> {
  const { error, response } = await settle(request);
  if (!response.ok) throw ApiError.fromBody(response.status, error);
}
