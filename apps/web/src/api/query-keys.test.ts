import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateAfter, QUERY_ROOTS, STALE_AFTER, type QueryRoot } from './query-keys';

/** A cache holding one answer under every root, e.g. ['bookings', 'mine', …]. */
function cacheWithEveryRoot(): QueryClient {
  const queryClient = new QueryClient();
  for (const root of Object.values(QUERY_ROOTS)) queryClient.setQueryData([root, 'some', 'detail'], { cached: true });
  return queryClient;
}

function staleRoots(queryClient: QueryClient): QueryRoot[] {
  return (Object.keys(QUERY_ROOTS) as QueryRoot[]).filter(
    (root) => queryClient.getQueryState([QUERY_ROOTS[root], 'some', 'detail'])?.isInvalidated,
  );
}

describe('which cached answers a change makes stale', () => {
  it('gives every resource its own root', () => {
    const roots = Object.values(QUERY_ROOTS);
    expect(new Set(roots).size).toBe(roots.length);
  });

  it('refreshes availability when places change, and nothing else', async () => {
    const queryClient = cacheWithEveryRoot();
    await invalidateAfter(queryClient, 'placesChanged');
    expect(staleRoots(queryClient)).toEqual(['places', 'bookings']);
  });

  it('refreshes bookings, the anonymization status and the audit log after an import', async () => {
    const queryClient = cacheWithEveryRoot();
    await invalidateAfter(queryClient, 'bookingsImported');
    expect(staleRoots(queryClient)).toEqual(['bookings', 'auditLog', 'anonymizationStatus']);
  });

  it('reloads the signed-in person after changes to people or to their two-factor settings', async () => {
    for (const change of ['usersChanged', 'twoFactorPolicyChanged', 'ownTwoFactorChanged'] as const) {
      const queryClient = cacheWithEveryRoot();
      await invalidateAfter(queryClient, change);
      expect(staleRoots(queryClient), change).toContain('session');
    }
  });

  it('names only known roots', () => {
    for (const roots of Object.values(STALE_AFTER)) for (const root of roots) expect(QUERY_ROOTS).toHaveProperty(root);
  });
});
