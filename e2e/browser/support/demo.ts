import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { loadConfig as LoadConfig } from '../../../apps/api/src/config/config.js';
import type { DEMO_PRESETS as DemoPresets, scaledPreset as ScaledPreset } from '../../../apps/api/src/demo/demo-company.js';
import type { DemoSeedResult } from '../../../apps/api/src/demo/demo-seeder.js';
import type { seedDemoDatabase as SeedDemoDatabase } from '../../../apps/api/src/demo/seed-demo-database.js';

/** The built API (a file URL: resolved at run time, not by Vite). */
const built = (path: string) => new URL(`../../../apps/api/dist/apps/api/src/${path}`, import.meta.url).href;

/**
 * Seeds the demo company into the database of the app under test, which scripts/test.mjs names in
 * DESKBOOK_DATABASE_URL (startBuiltApp's `databaseUrl`). It runs the built generator (the browser
 * suite needs `npm run build` anyway), at `scale` of the demo's size over `historyDays`, with e-mail
 * addresses of its own so several test files can each seed one. Returns the logins and places.
 */
export async function seedDemoCompany({ scale = 0.2, historyDays = 120 } = {}): Promise<DemoSeedResult> {
  const databaseUrl = process.env.DESKBOOK_DATABASE_URL;
  if (!databaseUrl) throw new Error('DESKBOOK_DATABASE_URL is not set: start the app with startBuiltApp and pass its databaseUrl');
  const { loadConfig } = (await import(built('config/config.js'))) as { loadConfig: typeof LoadConfig };
  const { DEMO_PRESETS, scaledPreset } = (await import(built('demo/demo-company.js'))) as {
    DEMO_PRESETS: typeof DemoPresets;
    scaledPreset: typeof ScaledPreset;
  };
  const { seedDemoDatabase } = (await import(built('demo/seed-demo-database.js'))) as { seedDemoDatabase: typeof SeedDemoDatabase };
  const dataDir = mkdtempSync(join(tmpdir(), 'deskbook-demo-seed-'));
  try {
    const config = loadConfig({
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      APP_SECRET: randomBytes(24).toString('hex'),
      LOG_LEVEL: 'warn',
    });
    const preset = {
      ...scaledPreset(DEMO_PRESETS.demo, scale, historyDays),
      emailDomain: `demo-${randomBytes(4).toString('hex')}.example`,
    };
    return await seedDemoDatabase(config, { preset });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
