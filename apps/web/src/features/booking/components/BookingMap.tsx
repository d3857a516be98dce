import type { LeafletKeyboardEvent, Marker as LeafletMarker, PopupEvent } from 'leaflet';
import { useMemo, type ReactNode } from 'react';
import { Marker, Popup, Tooltip, useMap } from 'react-leaflet';
import type { DeskAvailability } from '../../../api/types';
import { type PlanSize, planToLatLng } from '../../places';
import { deskIcon, PlanMap } from '../../places/ui';

interface BookingMapProps {
  floorId: string;
  size: PlanSize;
  label: string;
  desks: readonly DeskAvailability[];
  /** "Desk D12: Booked by Anna Schmidt", the marker's accessible name. */
  deskName: (desk: DeskAvailability) => string;
  /** Shown on hover and keyboard focus: label, zone, amenities. */
  deskHint: (desk: DeskAvailability) => string;
  renderCard: (desk: DeskAvailability, close: () => void) => ReactNode;
}

/**
 * Keyboard use of the cards: focus moves into a card when it opens again (the first time, the card
 * focuses itself once rendered), back to its desk when it closes, and Escape on a desk closes its card.
 */
const FOCUS_HANDLERS = {
  keydown: ({ originalEvent, target }: LeafletKeyboardEvent) => {
    if (originalEvent.key === 'Escape') (target as LeafletMarker).closePopup();
  },
  popupopen: ({ popup }: PopupEvent) => {
    const element: HTMLElement | undefined = popup.getElement();
    element?.querySelector<HTMLElement>('[data-autofocus], button')?.focus();
  },
  popupclose: ({ popup, target }: PopupEvent) => {
    const element: HTMLElement | undefined = popup.getElement();
    const active = document.activeElement;
    if (active === document.body || (active && element?.contains(active))) (target as LeafletMarker).getElement()?.focus();
  },
};

function DeskMarker({
  desk,
  size,
  name,
  hint,
  card,
}: {
  desk: DeskAvailability;
  size: PlanSize;
  name: string;
  hint: string;
  card: (close: () => void) => ReactNode;
}) {
  const map = useMap();
  const icon = useMemo(() => deskIcon({ label: desk.label, status: desk.status, name }), [desk.label, desk.status, name]);
  return (
    <Marker position={planToLatLng(desk, size)} icon={icon} keyboard eventHandlers={FOCUS_HANDLERS}>
      <Tooltip direction="top">{hint}</Tooltip>
      <Popup>{card(() => map.closePopup())}</Popup>
    </Marker>
  );
}

/** The floor plan with a marker per desk; a click (or Enter) opens the desk's card. */
export function BookingMap({ floorId, size, label, desks, deskName, deskHint, renderCard }: BookingMapProps) {
  return (
    <PlanMap floorId={floorId} size={size} label={label}>
      {desks.map((desk) => (
        <DeskMarker
          key={desk.deskId}
          desk={desk}
          size={size}
          name={deskName(desk)}
          hint={deskHint(desk)}
          card={(close) => renderCard(desk, close)}
        />
      ))}
    </PlanMap>
  );
}
