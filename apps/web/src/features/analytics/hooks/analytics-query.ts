import type { AnalyticsScope } from '../types';

/** The query string of every analytics request: the range, the floor or else the location, and a zone. */
export function scopeQuery(scope: AnalyticsScope): { from: string; to: string; locationId?: string; floorId?: string; zone?: string } {
  return {
    from: scope.from,
    to: scope.to,
    ...(scope.floorId ? { floorId: scope.floorId } : { locationId: scope.locationId }),
    ...(scope.zone ? { zone: scope.zone } : {}),
  };
}
