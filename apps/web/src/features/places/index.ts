/** What other features may use of places: the data hooks and pure helpers (the map UI is in ./ui). */
export { amenitiesOf, filterDesks, inLabelOrder, isFiltering, NO_FILTER, sortDesks, zonesOf } from './desk-list';
export type { DeskFilter, DeskSort, DeskSortKey } from './desk-list';
export { DESK_STATUSES, deskDetails, deskStatusAppearance, deskSummary, myBookingOn } from './desk-status';
export {
  MAX_PLAN_BYTES,
  useCreateDesk,
  useCreateFloor,
  useCreateLocation,
  useDeleteDesk,
  useDeleteFloor,
  useDeleteLocation,
  useUpdateDesk,
  useUpdateFloor,
  useUpdateLocation,
  useUploadPlan,
} from './hooks/usePlaceMutations';
export { useFloor, useFloorDirectory, useFloors, useLocations } from './hooks/usePlaces';
export type { FloorPlace } from './hooks/usePlaces';
export { formatHhMm, HH_MM, MINUTES_PER_DAY, minutesOfDay, weekdayOf, WEEKDAYS } from './opening-hours';
export type { Weekday } from './opening-hours';
export { isOnPlan, latLngToPlan, planSizeOf, planToLatLng } from './plan-coordinates';
export type { PlanPoint, PlanSize } from './plan-coordinates';
export { bookingZoom, deskRadii, desksBounds, isTappable, labelFits, labelFontPx, pixelsPerUnit } from './desk-geometry';
