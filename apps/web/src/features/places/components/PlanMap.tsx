import 'leaflet/dist/leaflet.css';
import { CRS, type LatLngBoundsExpression } from 'leaflet';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageOverlay, MapContainer, useMap, ZoomControl } from 'react-leaflet';
import { apiUrls } from '../../../api/urls';
import { planBounds, type PlanSize } from '../plan-coordinates';
import classes from './PlanMap.module.css';

interface PlanMapProps {
  floorId: string;
  size: PlanSize;
  /** Names the map region for screen readers and tests, e.g. "Floor plan of 2nd floor". */
  label: string;
  /** Changes after a new plan upload, so the browser does not show the cached old image. */
  planVersion?: string | number;
  /**
   * What the map shows when the floor opens (e.g. the desks' bounds), instead of the whole plan. Read
   * once per floor: later values (desks refetched after a booking) never move the person's view.
   */
  initialView?: LatLngBoundsExpression;
  children?: ReactNode;
}

/** Shows the plan (or `initialView`) when the floor opens, and keeps Leaflet's idea of its size in step with the layout. */
function FitToPlan({ bounds, initialView }: { bounds: LatLngBoundsExpression; initialView?: LatLngBoundsExpression }) {
  const map = useMap();
  const initial = useRef(initialView);
  useEffect(() => {
    map.fitBounds(initial.current ?? bounds);
  }, [map, bounds]);
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      map.invalidateSize();
    });
    observer.observe(map.getContainer());
    return () => {
      observer.disconnect();
    };
  }, [map]);
  return null;
}

/**
 * A floor plan image as a zoomable map: Leaflet's CRS.Simple (plan pixels, no geography, no tiles),
 * so it works offline. Desks go in as children; see plan-coordinates.ts for where they land.
 */
export function PlanMap({ floorId, size, label, planVersion, initialView, children }: PlanMapProps) {
  const { t, i18n } = useTranslation();
  // Keyed on the numbers, not the object: callers build a new size on every render, and new bounds
  // would refit the map, losing the person's zoom and pan (e.g. when a booking refreshes the desks).
  const { width, height } = size;
  const bounds = useMemo(() => planBounds({ width, height }), [width, height]);
  return (
    <div role="region" aria-label={label} className={classes.frame}>
      <MapContainer
        key={floorId}
        crs={CRS.Simple}
        bounds={bounds}
        minZoom={-5}
        maxZoom={3}
        zoomSnap={0.25}
        zoomDelta={0.5}
        attributionControl={false}
        zoomControl={false}
        className={classes.map}
      >
        <ImageOverlay url={apiUrls.floorPlan(floorId, planVersion)} bounds={bounds} />
        <FitToPlan bounds={bounds} initialView={initialView} />
        {/* Leaflet names its buttons once, when they are created: a new language needs new buttons. */}
        <ZoomControl key={i18n.language} zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        {children}
      </MapContainer>
    </div>
  );
}
