import type { Role } from '../common/auth/roles.js';
import type { OpeningHours } from '../places/opening-hours.js';
import { SeededRandom } from './seeded-random.js';

/** How big the generated company is and how its people book; `demo` for `npm run demo`, `reference` for the benchmarks. */
export interface DemoPreset {
  tenantName: string;
  /** E-mail domain of everyone; `.example` is reserved, so no real mailbox can be reached. */
  emailDomain: string;
  locations: LocationSpec[];
  people: number;
  facilityManagers: number;
  tenantAdmins: number;
  /** Days of history before today, and days booked ahead (thinning out towards the end). */
  historyDays: number;
  daysAhead: number;
  /** Bookings over the whole range, cancelled ones included; what fits without overlaps is made. */
  bookings: number;
  /** How people book: whole days, half days, or a few hours. */
  shapes: Record<BookingShape, number>;
  /** How busy each weekday is, Monday to Sunday, relative to the others (closed days get nothing). */
  weekdays: readonly number[];
}

export type BookingShape = 'full' | 'morning' | 'afternoon' | 'short';

export interface LocationSpec {
  name: string;
  address: string;
  timezone: string;
  openingHours: OpeningHours;
  floors: { name: string; level: number; desks: number }[];
}

const workdays = (open: string, close: string, saturday = false): OpeningHours => {
  const day = { open, close };
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: saturday ? day : null, sun: null };
};

export const DEMO_PRESETS = {
  /** `npm run demo`: a company of 60 in Berlin and London, a year of history. */
  demo: {
    tenantName: 'Example Widgets GmbH (demo)',
    emailDomain: 'example-widgets.example',
    locations: [
      {
        name: 'Berlin HQ',
        address: 'Beispielstraße 1, 10115 Berlin (fictional)',
        timezone: 'Europe/Berlin',
        openingHours: workdays('07:00', '19:00'),
        floors: [
          { name: 'Ground floor', level: 0, desks: 110 },
          { name: 'First floor', level: 1, desks: 100 },
        ],
      },
      {
        name: 'London Office',
        address: '1 Example Street, London (fictional)',
        timezone: 'Europe/London',
        openingHours: workdays('08:00', '18:00'),
        floors: [{ name: 'Level 3', level: 3, desks: 90 }],
      },
    ],
    people: 60,
    facilityManagers: 4,
    tenantAdmins: 2,
    historyDays: 365,
    daysAhead: 14,
    bookings: 9_000,
    shapes: { full: 0.55, morning: 0.2, afternoon: 0.15, short: 0.1 },
    // Tuesday to Thursday are the office days; Mondays and Fridays light.
    weekdays: [0.55, 1, 1, 0.9, 0.4, 0.25, 0.1],
  },
  /** DESIGN.md "Performance targets": one tenant, 500 desks on 2 floors, 1,000 people, 1,000,000 bookings over 2 years. */
  reference: {
    tenantName: 'Reference Data GmbH (benchmark)',
    emailDomain: 'reference-data.example',
    locations: [
      {
        name: 'Reference HQ',
        address: 'Benchmark Road 1 (fictional)',
        timezone: 'Europe/Berlin',
        // Long days, Saturdays too: a million bookings of 1,000 people over two years are ~1,600 a day.
        openingHours: workdays('06:00', '22:00', true),
        floors: [
          { name: 'Floor 1', level: 1, desks: 250 },
          { name: 'Floor 2', level: 2, desks: 250 },
        ],
      },
    ],
    people: 1_000,
    facilityManagers: 5,
    tenantAdmins: 2,
    historyDays: 730,
    daysAhead: 14,
    bookings: 1_000_000,
    shapes: { full: 0, morning: 0, afternoon: 0, short: 1 },
    // Flatter than the demo's: the peak days must still have room for ~2,000 bookings of 500 desks.
    weekdays: [0.9, 1, 1, 1, 0.85, 0.6, 0.3],
  },
} satisfies Record<string, DemoPreset>;

export type DemoPresetName = keyof typeof DEMO_PRESETS;

/** A preset at a fraction of its size (tests): fewer desks, people and bookings, the same shape. */
export function scaledPreset(preset: DemoPreset, factor: number, historyDays = preset.historyDays): DemoPreset {
  const scale = (n: number, min = 1) => Math.max(min, Math.round(n * factor));
  return {
    ...preset,
    locations: preset.locations.map((l) => ({ ...l, floors: l.floors.map((f) => ({ ...f, desks: scale(f.desks, 12) })) })),
    people: scale(preset.people, 12),
    historyDays,
    bookings: Math.round(preset.bookings * factor * (historyDays / preset.historyDays)),
  };
}

export interface DemoPerson {
  email: string;
  displayName: string;
  role: Role;
  /** Index of the location they work at. */
  home: number;
  /** How often they come in, relative to the others (part-timers, road warriors, regulars). */
  attendance: number;
  locale: 'en' | 'de';
}

// Obviously made-up people: placeholder surnames in the company's two languages.
const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Emma',
  'Felix',
  'Greta',
  'Hugo',
  'Ida',
  'Jonas',
  'Kira',
  'Leon',
  'Mia',
  'Noah',
  'Olga',
  'Paul',
  'Rosa',
  'Sam',
  'Tara',
  'Umut',
  'Vera',
  'Wim',
  'Yara',
  'Zoe',
];
const SURNAMES = ['Example', 'Sample', 'Muster', 'Beispiel', 'Placeholder', 'Fictional', 'Testperson', 'Demo', 'Dummy', 'Mock'];

/** The company's people; the first is the tenant admin who signs up, then admins, facility managers, employees. */
export function demoPeople(preset: DemoPreset, random: SeededRandom): DemoPerson[] {
  const people: DemoPerson[] = [];
  const used = new Set<string>();
  const locationShare = preset.locations.map((l) => l.floors.reduce((sum, f) => sum + f.desks, 0));
  const totalDesks = locationShare.reduce((a, b) => a + b, 0);
  for (let i = 0; i < preset.people; i++) {
    const role: Role =
      i < preset.tenantAdmins ? 'tenant_admin' : i < preset.tenantAdmins + preset.facilityManagers ? 'facility_manager' : 'employee';
    let first = '';
    let last = '';
    let local = '';
    for (let n = 0; local === '' || used.has(local); n++) {
      first = random.pick(FIRST_NAMES);
      last = random.pick(SURNAMES);
      local = `${first}.${last}${n >= 3 ? n : ''}`.toLowerCase();
    }
    used.add(local);
    // Facility managers spread over the locations; everyone else in proportion to the desks.
    const home =
      role === 'facility_manager' ? (i - preset.tenantAdmins) % preset.locations.length : pickShare(locationShare, totalDesks, random);
    people.push({
      email: `${local}@${preset.emailDomain}`,
      displayName: `${first} ${last}`,
      role,
      home,
      attendance: random.pick([0.3, 0.6, 0.8, 1, 1, 1.2]),
      locale: preset.locations[home].timezone === 'Europe/Berlin' && random.chance(0.6) ? 'de' : 'en',
    });
  }
  return people;
}

function pickShare(shares: number[], total: number, random: SeededRandom): number {
  let rest = random.next() * total;
  for (const [i, share] of shares.entries()) {
    rest -= share;
    if (rest < 0) return i;
  }
  return shares.length - 1;
}
