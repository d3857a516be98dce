import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { authQueryKeys } from '../../features/auth/hooks/auth-query-keys';
import { aMe, aUser } from '../../test/fixtures';
import { apiError, json, onRequest } from '../../test/fetch-mock';
import { renderApp } from '../../test/render';
import { shouldRetry } from '../query-client';

const BANNER = "Deskbook can't reach its database; retrying";
/** Long enough for TanStack Query's back-off (1, 2, 4 s) to try again on a busy machine. */
const RETRIED = { timeout: 15_000 };
const databaseDown = () => apiError(503, 'SERVICE_UNAVAILABLE', { dependency: 'database', retryAfterSeconds: 5 });
const queueDown = () => apiError(503, 'SERVICE_UNAVAILABLE', { dependency: 'queue', retryAfterSeconds: 5 });
const TRY_AGAIN = 'The server cannot take this request right now. Please try again in a moment.';

describe('a database outage (503 SERVICE_UNAVAILABLE)', { timeout: 40_000 }, () => {
  it('keeps the session and the page, says the database is unreachable, and clears that once requests succeed', async () => {
    const me = aMe();
    let down = true;
    onRequest('GET', '/api/me', () => json(200, me));
    onRequest('GET', '/api/users', () => (down ? databaseDown() : json(200, [aUser()])));
    const { router, queryClient } = renderApp('/admin/users');

    expect(await screen.findByText(BANNER)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/admin/users');
    expect(queryClient.getQueryData(authQueryKeys.session)).toEqual(me);

    down = false;
    expect(await screen.findByText('Ben Braun', {}, RETRIED)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(BANNER)).toBeNull(), RETRIED);
  });

  it('does not sign out when checking the session fails with 503: it waits and retries', async () => {
    let down = true;
    onRequest('GET', '/api/me', () => (down ? databaseDown() : json(200, aMe())));
    onRequest('GET', '/api/users', () => json(200, [aUser()]));
    const { router } = renderApp('/admin/users');

    expect(await screen.findByText(BANNER)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/admin/users');

    down = false;
    expect(await screen.findByText('Ben Braun', {}, RETRIED)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/admin/users');
    await waitFor(() => expect(screen.queryByText(BANNER)).toBeNull(), RETRIED);
  });

  it('explains a failed action and shows the banner when it answers 503', async () => {
    onRequest('GET', '/api/me', () => json(200, aMe()));
    onRequest('GET', '/api/users', () => json(200, [aUser()]));
    onRequest('PATCH', '/api/users/u-1', databaseDown);
    renderApp('/admin/users');
    fireEvent.change(await screen.findByLabelText('Role of Ben Braun'), { target: { value: 'facility_manager' } });
    expect(await screen.findByText(TRY_AGAIN)).toBeTruthy();
    expect(await screen.findByText(BANNER)).toBeTruthy();
  });

  it('says nothing about the database when only the job queue is down', async () => {
    onRequest('GET', '/api/me', () => json(200, aMe()));
    onRequest('GET', '/api/users', () => json(200, [aUser()]));
    onRequest('PATCH', '/api/users/u-1', queueDown);
    renderApp('/admin/users');
    fireEvent.change(await screen.findByLabelText('Role of Ben Braun'), { target: { value: 'facility_manager' } });
    expect(await screen.findByText(TRY_AGAIN)).toBeTruthy();
    expect(screen.queryByText(BANNER)).toBeNull();
  });

  it('keeps retrying reads while the database is down, however long it takes', () => {
    expect(shouldRetry(50, new ApiError(503, 'SERVICE_UNAVAILABLE', 'down'))).toBe(true);
    expect(shouldRetry(2, new ApiError(500, 'INTERNAL_ERROR', 'bug'))).toBe(false);
  });
});
