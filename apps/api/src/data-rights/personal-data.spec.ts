import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataSource, getMetadataArgsStorage, type EntityMetadata, type EntitySchema } from 'typeorm';
import { ConnectionMetadataBuilder } from 'typeorm/connection/ConnectionMetadataBuilder.js';
import { describe, expect, it } from 'vitest';
import { PersonalDataContributor, type PersonalData } from '../common/personal-data/personal-data.js';
import { inDeclaredOrder } from '../common/personal-data/personal-data.registry.js';
// This test reads every feature's entity metadata, which only the entities have: the floor plan's is
// a schema built per dialect, not a class the *.entity.ts scan below finds, so it is named here.
// eslint-disable-next-line no-restricted-imports -- the one import of an entity this test needs (see above)
import { floorPlanSchema } from '../places/entities/floor-plan.entity.js';
import { personalDataTable, withPersonalDataTable } from './personal-data-table.js';

/*
 * STYLE.md principle 13: every column that can hold a person is claimed by a feature's contributor,
 * so export, erasure and the sweep cannot forget it. "Can hold a person" is decided by the column's
 * name (and any column pointing at a user); the few names that look personal and are not are listed
 * below, each with the reason.
 */

/** Column names that can hold a person: whom they identify, or what a person wrote. */
const PERSON_COLUMN_NAMES: { pattern: RegExp; holds: string }[] = [
  { pattern: /(user|actor|person|owner|author|creator|member|booker|invitee|employee)(Id)?$/i, holds: "a person's id" },
  { pattern: /e-?mail|phone|address/i, holds: 'a way to reach someone' },
  { pattern: /name$/i, holds: 'a name' },
  { pattern: /(^ip|Ip)(Address)?$/, holds: 'an IP address' },
  { pattern: /agent/i, holds: 'a user agent' },
  { pattern: /hash$|secret|token|password|totp/i, holds: "a person's credential or a hash of it" },
  {
    pattern: /text|note|comment|message|body|description|details|reason|remark|answer|label|title|key$/i,
    holds: 'free text someone wrote',
  },
];

/** Columns whose names look personal and are not: `table.column` → why not. */
const LOOK_ALIKES: Record<string, string> = {
  'tenants.name': "the company's name, not a person's",
  'locations.name': "a building's name",
  'locations.address': "a building's postal address",
  'floors.name': "a floor's name",
  'desks.label': "a desk's label, set by a tenant admin",
  'desk_blocks.reason':
    "staff's words about desks (maintenance, an event), shown on the desks; the copy a cancelled booking gets goes with that booking (bookings.cancelNote)",
  'bookings.cancelReason': 'one of CANCEL_REASONS (user, admin, no_show, erased), never text a person wrote',
  'privacy_notice_versions.contentHash': "a SHA-256 of the notice's text, the same for everyone who read it",
  'consents.contentHash': 'the SHA-256 of the notice version that was shown, not of anything about the person',
  'privacy_notice_bodies.body': "the company's privacy notice, written for everyone",
  'desk_qr_tokens.token': "a desk's random QR code token, printed on the desk for everyone",
};

const src = fileURLToPath(new URL('..', import.meta.url));
const readmePath = fileURLToPath(new URL('../../../../README.md', import.meta.url));

/** Every contributor defined in a `*.personal-data.ts` file. Its claims need no dependencies. */
async function contributors(): Promise<PersonalData[]> {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.personal-data.ts'));
  const found: PersonalData[] = [];
  for (const file of files) {
    const exports = (await import(`${src}/${file}`)) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      if (typeof value === 'function' && Reflect.getMetadata(PersonalDataContributor.KEY, value) !== undefined) {
        found.push(new (value as new () => PersonalData)());
      }
    }
  }
  return inDeclaredOrder(found);
}

/** What TypeORM's metadata builder takes: an entity class or schema. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
type EntityTarget = Function | EntitySchema;

/** Every entity class of every feature (each `*.entity.ts` file), and the one schema built per dialect. */
async function allEntities(): Promise<EntityTarget[]> {
  const entities: EntityTarget[] = [floorPlanSchema('better-sqlite3')];
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.entity.ts'));
  for (const file of files) {
    const exports = (await import(`${src}/${file}`)) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      if (typeof value === 'function' && getMetadataArgsStorage().tables.some((t) => t.target === value)) entities.push(value);
    }
  }
  return entities;
}

/** TypeORM's metadata of every entity, as the app builds it (no database needed). */
async function entityMetadata(): Promise<EntityMetadata[]> {
  const dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
  return new ConnectionMetadataBuilder(dataSource).buildEntityMetadatas(await allEntities());
}

/** `table.column` of every column that can hold a person. */
function personColumns(metadatas: EntityMetadata[]): string[] {
  return metadatas.flatMap((md) =>
    md.columns
      .filter(
        (column) =>
          column.relationMetadata?.inverseEntityMetadata.tableName === 'users' ||
          PERSON_COLUMN_NAMES.some(({ pattern }) => pattern.test(column.propertyName)),
      )
      .map((column) => `${md.tableName}.${column.propertyName}`),
  );
}

function claimedColumns(found: PersonalData[], metadatas: EntityMetadata[]): Map<string, string> {
  const claimed = new Map<string, string>();
  for (const contributor of found) {
    for (const c of contributor.claims) {
      const md = metadatas.find((m) => m.target === c.entity);
      if (!md) throw new Error(`${contributor.name} claims ${c.entity.name}, which is no registered entity`);
      for (const column of c.columns) claimed.set(`${md.tableName}.${column}`, contributor.name);
    }
  }
  return claimed;
}

describe('the personal-data registry', () => {
  it('has a contributor for every name in PERSONAL_DATA_ORDER, and none outside it', async () => {
    expect((await contributors()).map((c) => c.name)).toEqual([
      'users',
      'auth',
      'bookings',
      'privacy-notices',
      'consents',
      'mail',
      'audit',
    ]);
  });

  it('claims every column that can hold a person', async () => {
    const metadatas = await entityMetadata();
    const claimed = claimedColumns(await contributors(), metadatas);
    const unclaimed = personColumns(metadatas).filter((column) => !claimed.has(column) && !(column in LOOK_ALIKES));
    expect(
      unclaimed,
      'columns that can hold a person: claim them in their feature’s *.personal-data.ts, or list them in LOOK_ALIKES with the reason',
    ).toEqual([]);
  });

  it('claims only columns that exist, and lists only look-alikes that exist and nobody claims', async () => {
    const metadatas = await entityMetadata();
    const existing = new Set(metadatas.flatMap((md) => md.columns.map((column) => `${md.tableName}.${column.propertyName}`)));
    const claimed = claimedColumns(await contributors(), metadatas);
    expect([...claimed.keys()].filter((column) => !existing.has(column))).toEqual([]);
    expect(Object.keys(LOOK_ALIKES).filter((column) => !existing.has(column) || claimed.has(column))).toEqual([]);
  });

  it("is what the README's personal-data table says (npm run personal-data:readme writes it)", async () => {
    const metadatas = await entityMetadata();
    const tableOf = (entity: object) => metadatas.find((md) => md.target === entity)!.tableName;
    const readme = readFileSync(readmePath, 'utf8');
    const expected = withPersonalDataTable(readme, personalDataTable(await contributors(), tableOf));
    if (process.env.WRITE_PERSONAL_DATA_TABLE === '1') writeFileSync(readmePath, expected);
    else expect(readme, 'README.md is out of date: run `npm run personal-data:readme`').toBe(expected);
  });
});
