const STORAGE_KEY = 'deskbook.book.lastPlace';

/** The location and floor last shown on the Book page, so people land on "their" floor next time. */
export interface LastPlace {
  locationId?: string;
  floorId?: string;
}

export function readLastPlace(): LastPlace {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    const { locationId, floorId } = value as Record<string, unknown>;
    return {
      ...(typeof locationId === 'string' ? { locationId } : {}),
      ...(typeof floorId === 'string' ? { floorId } : {}),
    };
  } catch {
    // Unreadable or blocked storage: start from the first location.
    return {};
  }
}

export function saveLastPlace(place: LastPlace): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(place));
  } catch {
    // Private mode or a full quota: remembering is a convenience only.
  }
}
