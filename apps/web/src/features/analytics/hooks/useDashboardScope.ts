import { useTranslation } from 'react-i18next';
import type { OfficeLocation } from '../../../api/types';
import { useFloor, useFloors, zonesOf } from '../../places';
import { autoGranularity, presetRange, rangeProblem, todayIn, type DayRange } from '../date-range';
import type { AnalyticsScope } from '../types';
import { useAnalyticsFilters } from './useAnalyticsFilters';

/**
 * The filters in the address resolved against the organization's places: the chosen (or first)
 * location, its floors and the chosen floor's zones, the range (the last four weeks by default) and
 * the scope every request is about — null while the range is not one the API accepts.
 */
export function useDashboardScope(locations: readonly OfficeLocation[]) {
  const { i18n } = useTranslation();
  const { filters, ...setters } = useAnalyticsFilters();
  const location = locations.find((candidate) => candidate.id === filters.locationId) ?? locations[0];
  const floors = useFloors(location.id);
  const floor = floors.data?.find((candidate) => candidate.id === filters.floorId) ?? null;
  const floorDetail = useFloor(floor?.id ?? null);
  const zones = floorDetail.data ? zonesOf(floorDetail.data.desks, i18n.language) : [];

  const today = todayIn(location.timezone);
  const fallback = presetRange('last4Weeks', today);
  const range: DayRange = { from: filters.from ?? fallback.from, to: filters.to ?? fallback.to };
  const scope: AnalyticsScope | null = rangeProblem(range)
    ? null
    : { ...range, locationId: location.id, floorId: floor?.id ?? null, zone: floor ? filters.zone : null };

  return {
    location,
    floors: floors.data ?? [],
    floor,
    zones,
    today,
    range,
    scope,
    granularity: filters.granularity ?? autoGranularity(range),
    ...setters,
  };
}
