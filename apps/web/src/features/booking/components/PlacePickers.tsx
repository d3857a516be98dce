import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocationSelect } from '../../places/ui';
import type { BookToolbarProps } from './BookToolbar';

type PlacePickersProps = Pick<BookToolbarProps, 'locations' | 'location' | 'onLocationChange' | 'floors' | 'floor' | 'onFloorChange'> & {
  /** The toolbar keeps the floor picker readable beside the others; the phone's drawer gives it the full width. */
  floorMinWidth?: number;
};

/** Where: the location and floor pickers of the Book page (its toolbar, or the phone's filters drawer). */
export function PlacePickers({ floorMinWidth, ...props }: PlacePickersProps) {
  const { t } = useTranslation();
  return (
    <>
      <LocationSelect
        label={t('book.location')}
        locations={props.locations}
        location={props.location}
        onLocationChange={props.onLocationChange}
      />
      <NativeSelect
        label={t('book.floor')}
        value={props.floor?.id ?? ''}
        data={props.floors.map((floor) => ({ value: floor.id, label: floor.name }))}
        disabled={props.floors.length === 0}
        onChange={(event) => {
          props.onFloorChange(event.currentTarget.value);
        }}
        miw={floorMinWidth}
      />
    </>
  );
}
