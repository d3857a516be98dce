import { crc32, deflateSync } from 'node:zlib';
import type { App } from 'supertest/types.js';
import { addMember, as, signupTenant, type Member } from './factories.js';

const ALL_DAY = { open: '00:00', close: '24:00' };
/** Open around the clock every day, in UTC: tests can book any slot without tripping opening hours. */
export const ALWAYS_OPEN = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY };

export interface Place {
  locationId: string;
  floorId: string;
  deskIds: string[];
}

/** A location (UTC, always open) with one floor and `desks` desks labelled D1, D2, … */
export async function createPlace(http: App, editor: Member, desks = 3): Promise<Place> {
  const location = await as(http, editor)
    .post('/api/locations')
    .send({ name: 'HQ', address: 'Main St 1', timezone: 'UTC', openingHours: ALWAYS_OPEN })
    .expect(201);
  const locationId = (location.body as { id: string }).id;
  const floor = await as(http, editor).post(`/api/locations/${locationId}/floors`).send({ name: 'Ground floor', level: 0 }).expect(201);
  const floorId = (floor.body as { id: string }).id;
  const deskIds: string[] = [];
  for (let i = 1; i <= desks; i++) {
    const desk = await as(http, editor)
      .post(`/api/floors/${floorId}/desks`)
      .send({ label: `D${i}`, x: i * 100, y: 50, zone: 'North', amenities: ['monitor'] })
      .expect(201);
    deskIds.push((desk.body as { id: string }).id);
  }
  return { locationId, floorId, deskIds };
}

/** An ISO time `days` from today at `hour`:`minute` UTC. */
export function utcAt(days: number, hour: number, minute = 0): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hour, minute, 0, 0);
  return d.toISOString();
}

/** A real PNG of the given size (grey pixels), built by hand so tests need no image library. */
export function png(width: number, height: number): Buffer {
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter byte
  return pngFile({ width, height, colorType: GREYSCALE }, deflateSync(rows));
}

export const GREYSCALE = 0;
export const RGBA = 6;

/** A PNG whose header declares the given size, with the given (already compressed) pixel data. */
export function pngFile(header: { width: number; height: number; colorType: number }, idat: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(header.width, 0);
  ihdr.writeUInt32BE(header.height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = header.colorType;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export type BookingVisibility = 'everyone' | 'anonymous' | 'user_choice';

export const setBookingVisibility = (http: App, admin: Member, bookingVisibility: BookingVisibility) =>
  as(http, admin).patch('/api/tenant/settings').send({ privacy: { bookingVisibility } }).expect(200);

/**
 * The cast of the visibility tests: a tenant under `visibility` with a booker, a colleague and a
 * facility manager (each named, so a leak of any name is found), and a place with `desks` desks.
 */
export async function visibilityCast(http: App, visibility: BookingVisibility, desks: number) {
  const admin = await signupTenant(http);
  await setBookingVisibility(http, admin, visibility);
  const booker = await addMember(http, admin, 'employee', 'Zelda Zimmermann');
  const colleague = await addMember(http, admin, 'employee', 'Carl Colleague');
  const manager = await addMember(http, admin, 'facility_manager', 'Fiona Manager');
  const place = await createPlace(http, admin, desks);
  return { admin, booker, colleague, manager, place };
}
