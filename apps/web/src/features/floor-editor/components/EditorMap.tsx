import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, Tooltip, useMapEvents } from 'react-leaflet';
import type { Desk } from '../../../api/types';
import { deskDetails, inLabelOrder, isOnPlan, latLngToPlan, type PlanPoint, type PlanSize, planToLatLng } from '../../places';
import { deskIcon, PlanMap } from '../../places/ui';

interface EditorMapProps {
  floorId: string;
  size: PlanSize;
  label: string;
  planVersion?: number;
  desks: readonly Desk[];
  selectedId: string | null;
  deskName: (desk: Desk) => string;
  onSelect: (desk: Desk) => void;
  onAdd: (point: PlanPoint) => void;
  onMove: (desk: Desk, point: PlanPoint) => void;
}

/** A click on the plan (not on a desk) adds a desk there. */
function AddOnClick({ size, onAdd }: { size: PlanSize; onAdd: (point: PlanPoint) => void }) {
  useMapEvents({
    click: (event) => {
      if (isOnPlan(event.latlng, size)) onAdd(latLngToPlan(event.latlng, size));
    },
  });
  return null;
}

function EditorDesk({
  desk,
  size,
  selected,
  name,
  onSelect,
  onMove,
}: {
  desk: Desk;
  size: PlanSize;
  selected: boolean;
  name: string;
  onSelect: (desk: Desk) => void;
  onMove: (desk: Desk, point: PlanPoint) => void;
}) {
  const icon = useMemo(
    () =>
      // In the editor a desk is either bookable (the "free" look) or not (hatched).
      deskIcon({ label: desk.label, status: desk.bookable ? 'free' : 'unavailable', name, selected }),
    [desk.label, desk.bookable, name, selected],
  );
  const handlers = useMemo(
    () => ({
      click: () => {
        onSelect(desk);
      },
      keypress: (event: LeafletKeyboardEvent) => {
        if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') onSelect(desk);
      },
      dragend: (event: { target: LeafletMarker }) => {
        onMove(desk, latLngToPlan(event.target.getLatLng(), size));
      },
    }),
    [desk, size, onSelect, onMove],
  );
  return (
    <Marker position={planToLatLng(desk, size)} icon={icon} draggable keyboard eventHandlers={handlers}>
      <Tooltip direction="top">{deskDetails(desk)}</Tooltip>
    </Marker>
  );
}

export function EditorMap({ floorId, size, label, planVersion, desks, selectedId, deskName, onSelect, onAdd, onMove }: EditorMapProps) {
  const { i18n } = useTranslation();
  const ordered = useMemo(() => inLabelOrder(desks, i18n.language), [desks, i18n.language]);
  return (
    <PlanMap floorId={floorId} size={size} label={label} planVersion={planVersion}>
      <AddOnClick size={size} onAdd={onAdd} />
      {ordered.map((desk) => (
        <EditorDesk
          key={desk.id}
          desk={desk}
          size={size}
          selected={desk.id === selectedId}
          name={deskName(desk)}
          onSelect={onSelect}
          onMove={onMove}
        />
      ))}
    </PlanMap>
  );
}
