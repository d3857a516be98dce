import type { OpeningHours } from '../places/opening-hours.js';
import type { PlacesService } from '../places/places.service.js';
import type { DemoPreset } from './demo-company.js';
import { layoutFloor, type DemoDesk } from './floor-layout.js';
import { floorPlanSvg } from './floor-plan-svg.js';
import type { SeededRandom } from './seeded-random.js';

export interface CreatedLocation {
  id: string;
  name: string;
  timezone: string;
  openingHours: OpeningHours;
  floors: { id: string; name: string; desks: (DemoDesk & { id: string })[] }[];
}

/**
 * The preset's locations, floors (each with its generated SVG plan, uploaded and sanitized like an
 * admin's) and desks, through PlacesService in the caller's request context.
 */
export async function createDemoPlaces(places: PlacesService, preset: DemoPreset, random: SeededRandom): Promise<CreatedLocation[]> {
  const created: CreatedLocation[] = [];
  for (const [l, spec] of preset.locations.entries()) {
    const location = await places.createLocation({
      name: spec.name,
      address: spec.address,
      timezone: spec.timezone,
      openingHours: spec.openingHours,
    });
    const floors: CreatedLocation['floors'] = [];
    for (const [f, floorSpec] of spec.floors.entries()) {
      const floor = await places.createFloor(location.id, { name: floorSpec.name, level: floorSpec.level });
      const layout = layoutFloor(`${String.fromCharCode(65 + l)}${f + 1}`, floorSpec.desks, random.fork(`${l}/${f}`));
      await places.putPlan(floor.id, Buffer.from(floorPlanSvg(floorSpec.name, layout), 'utf8'));
      const desks: (DemoDesk & { id: string })[] = [];
      for (const desk of layout.desks) desks.push({ ...desk, id: (await places.createDesk(floor.id, desk)).id });
      floors.push({ id: floor.id, name: floor.name, desks });
    }
    created.push({ id: location.id, name: location.name, timezone: location.timezone, openingHours: location.openingHours, floors });
  }
  return created;
}
