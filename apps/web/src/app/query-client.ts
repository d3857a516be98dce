import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, hasErrorCode } from '../api/api-error';
import type { Me } from '../api/types';
import { authQueryKeys } from '../features/auth/hooks/auth-query-keys';
import { isServiceUnavailable, watchForOutages } from './outage/service-outage';

/**
 * Client errors (4xx) will not change on a retry; network and server errors might. While the database
 * is down (503 SERVICE_UNAVAILABLE) reads keep trying, with TanStack Query's back-off (1 s doubling up
 * to 30 s), so the page fills in by itself once it is back.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isServiceUnavailable(error)) return true;
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** `me` marked as having to accept the notice version a 403 CONSENT_REQUIRED names (`details.noticeVersionId`). */
export function requireConsent(me: Me, details: unknown): Me {
  const named = typeof details === 'object' && details !== null ? (details as { noticeVersionId?: unknown }).noticeVersionId : undefined;
  const currentVersionId = typeof named === 'string' ? named : me.consent.currentVersionId;
  return { ...me, consent: { ...me.consent, required: true, currentVersionId } };
}

export function createQueryClient(): QueryClient {
  // A session that expired mid-use shows up as 401 UNAUTHENTICATED on any request: mark the person as
  // signed out so the guards send them to the login page (a 503 does not: the session is still valid). Likewise 403 TOTP_ENROLLMENT_REQUIRED (the
  // organization started requiring 2FA meanwhile): the guards send them to the enrolment screen. And 403
  // CONSENT_REQUIRED (a new notice version was published while the page was open, or consent was
  // withdrawn elsewhere): the booking pages' consent gate shows the notice at once, and /me is reloaded
  // for the rest of the consent status (what the person accepted last).
  const onError = (error: unknown) => {
    if (hasErrorCode(error, 'CONSENT_REQUIRED')) {
      queryClient.setQueryData<Me | null>(authQueryKeys.session, (me) => (me ? requireConsent(me, error.details) : me));
      void queryClient.invalidateQueries({ queryKey: authQueryKeys.session });
      return;
    }
    if (hasErrorCode(error, 'UNAUTHENTICATED')) {
      queryClient.setQueryData(authQueryKeys.session, null);
    } else if (hasErrorCode(error, 'TOTP_ENROLLMENT_REQUIRED')) {
      queryClient.setQueryData<Me | null>(authQueryKeys.session, (me) => (me ? { ...me, totpEnrollmentRequired: true } : me));
    }
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  watchForOutages(queryClient);
  return queryClient;
}
