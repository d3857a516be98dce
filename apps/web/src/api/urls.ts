/**
 * API addresses the browser loads directly rather than through the client: images and downloads
 * (cookie authentication works for GETs).
 */
export const apiUrls = {
  /** The plan image; `version` busts the browser cache after a new plan was uploaded. */
  floorPlan: (floorId: string, version?: string | number) =>
    `/api/floors/${encodeURIComponent(floorId)}/plan${version === undefined ? '' : `?v=${encodeURIComponent(String(version))}`}`,
  calendar: '/api/me/calendar.ics',
};
