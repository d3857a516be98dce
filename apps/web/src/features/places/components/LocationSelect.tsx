import { NativeSelect } from '@mantine/core';
import type { OfficeLocation } from '../../../api/types';

interface LocationSelectProps {
  label: string;
  locations: readonly OfficeLocation[];
  location: OfficeLocation;
  onLocationChange: (locationId: string) => void;
}

/** The location picker the Book page and the analytics filters share. */
export function LocationSelect({ label, locations, location, onLocationChange }: LocationSelectProps) {
  return (
    <NativeSelect
      label={label}
      value={location.id}
      data={locations.map((l) => ({ value: l.id, label: l.name }))}
      onChange={(event) => {
        onLocationChange(event.currentTarget.value);
      }}
      miw={160}
    />
  );
}
