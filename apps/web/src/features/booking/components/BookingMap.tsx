import type { LeafletKeyboardEvent, LeafletMouseEvent, Marker as LeafletMarker, PopupEvent } from 'leaflet';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, Popup, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import type { DeskAvailability } from '../../../api/types';
import {
  bookingZoom,
  deskRadii,
  desksBounds,
  isTappable,
  labelFits,
  labelFontPx,
  pixelsPerUnit,
  type PlanSize,
  planToLatLng,
} from '../../places';
import { PlanMap, planDeskIcon, sizePlanDeskIcon } from '../../places/ui';
import { DeskSheet } from './DeskSheet';

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
  /** A phone: the card opens in a bottom sheet instead of a popup on the map. */
  sheet?: boolean;
  /** Opened on this desk (a link to a colleague's desk): zoomed to it, its card open. */
  focusDeskId?: string;
}

/**
 * Keyboard use of the popup cards: focus moves into a card when it opens again (the first time, the card
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

interface DeskMarkerProps {
  desk: DeskAvailability;
  size: PlanSize;
  radius: number;
  zoom: number;
  name: string;
  hint: string | null;
  /** The card as a popup on the desk (desktop); null when a tap selects the desk for the sheet. */
  card: ((close: () => void) => ReactNode) | null;
  onSelect: (deskId: string) => void;
  /** The desk a link points at: shown once, at a zoom where it can be tapped, with its card open. */
  focus: boolean;
}

function DeskMarker({ desk, size, radius, zoom, name, hint, card, onSelect, focus }: DeskMarkerProps) {
  const map = useMap();
  const marker = useRef<LeafletMarker>(null);
  const position = useMemo(() => planToLatLng(desk, size), [desk, size]);
  const icon = useMemo(
    () => planDeskIcon({ deskId: desk.deskId, label: desk.label, status: desk.status, name }),
    [desk.deskId, desk.label, desk.status, name],
  );
  const diameter = 2 * radius * pixelsPerUnit(zoom);
  // After react-leaflet (re)creates the icon element: size it to the desk at this zoom.
  useEffect(() => {
    const element = marker.current?.getElement();
    if (element) sizePlanDeskIcon(element, diameter, { fontPx: labelFontPx(diameter), shown: labelFits(desk.label, diameter) });
  }, [icon, diameter, desk.label]);

  // Once per page: the map fitted itself to the desks before (an earlier sibling's effect).
  const focused = useRef(false);
  useEffect(() => {
    if (!focus || focused.current) return;
    focused.current = true;
    map.setView(position, Math.max(map.getZoom(), Math.min(bookingZoom(radius), map.getMaxZoom())));
    if (card) marker.current?.openPopup();
    else onSelect(desk.deskId);
  }, [focus, map, position, radius, card, onSelect, desk.deskId]);

  const handlers = useMemo(
    () => ({
      ...(card ? FOCUS_HANDLERS : {}),
      // With popups (desktop) Leaflet opens the card itself; on a phone a tap selects the desk for the
      // sheet, or, while the desk is too small to hit reliably, zooms in on it until it is a full target.
      click: (event: LeafletMouseEvent) => {
        if (card) return;
        const keyboard = !(event.originalEvent instanceof MouseEvent) || event.originalEvent.detail === 0;
        const zoom = map.getZoom();
        if (!keyboard && !isTappable(radius, zoom) && zoom < map.getMaxZoom()) {
          map.setView(position, Math.min(bookingZoom(radius), map.getMaxZoom()));
          return;
        }
        onSelect(desk.deskId);
      },
    }),
    [card, map, radius, position, onSelect, desk.deskId],
  );

  return (
    <Marker ref={marker} position={position} icon={icon} keyboard eventHandlers={handlers}>
      {hint && <Tooltip direction="top">{hint}</Tooltip>}
      {card && <Popup>{card(() => map.closePopup())}</Popup>}
    </Marker>
  );
}

/** Tracks the map's zoom, so desks are resized and their labels shown or hidden when it changes. */
function useZoom(): number {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({
    zoomend: () => {
      setZoom(map.getZoom());
    },
  });
  return zoom;
}

interface DeskLayerProps extends Omit<BookingMapProps, 'floorId' | 'label' | 'focusDeskId'> {
  radii: readonly number[];
  onSelect: (deskId: string) => void;
  focusDeskId?: string;
}

function DeskLayer({ desks, size, radii, deskName, deskHint, renderCard, sheet, onSelect, focusDeskId }: DeskLayerProps) {
  const zoom = useZoom();
  return (
    <>
      {desks.map((desk, index) => (
        <DeskMarker
          key={desk.deskId}
          desk={desk}
          size={size}
          radius={radii[index] ?? 0}
          zoom={zoom}
          name={deskName(desk)}
          hint={sheet ? null : deskHint(desk)}
          card={sheet ? null : (close) => renderCard(desk, close)}
          onSelect={onSelect}
          focus={desk.deskId === focusDeskId}
        />
      ))}
    </>
  );
}

/**
 * The floor plan with a circle per desk, to plan scale: it grows with the zoom and never overlaps its
 * neighbours. A click (or Enter) opens the desk's card; a tap on a desk too small to hit zooms in on it.
 */
export function BookingMap({ floorId, size, label, desks, deskName, deskHint, renderCard, sheet = false, focusDeskId }: BookingMapProps) {
  const { t } = useTranslation();
  const radii = useMemo(() => deskRadii(desks), [desks]);
  // The desks' bounds when the floor opens; PlanMap reads it once per floor.
  const initialView = useMemo(() => desksBounds(desks, radii, size), [desks, radii, size]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = sheet ? (desks.find((desk) => desk.deskId === selectedId) ?? null) : null;
  const close = () => {
    setSelectedId(null);
  };

  return (
    <>
      <PlanMap floorId={floorId} size={size} label={label} initialView={initialView}>
        <DeskLayer
          desks={desks}
          size={size}
          radii={radii}
          deskName={deskName}
          deskHint={deskHint}
          renderCard={renderCard}
          sheet={sheet}
          onSelect={setSelectedId}
          focusDeskId={focusDeskId}
        />
      </PlanMap>
      {sheet && (
        <DeskSheet label={selected ? t('book.desk', { label: selected.label }) : ''} opened={selected !== null} onClose={close}>
          {selected && renderCard(selected, close)}
        </DeskSheet>
      )}
    </>
  );
}
