import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type AppConfig } from '../config/config.js';
import { DEMO_PRESETS, type DemoPresetName } from './demo-company.js';
import { DemoAlreadySeededError, DEMO_SEED, type DemoSeedResult } from './demo-seeder.js';
import { removeSqliteDatabase, seedDemoDatabase } from './seed-demo-database.js';

const USAGE = `npm run demo [-- --reset] [--preset demo|reference] [--seed N] [--json]

Fills the database \`npm start\` uses (DATABASE_URL, or the embedded SQLite file in DATA_DIR) with a
made-up company: places, people and a year of bookings. --reset deletes the embedded database first.`;

/** `npm run demo`: the demo company in the default database, then the logins to try it with. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      reset: { type: 'boolean', default: false },
      preset: { type: 'string', default: 'demo' },
      seed: { type: 'string', default: String(DEMO_SEED) },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !(values.preset in DEMO_PRESETS)) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const config = loadConfig();
  const say = values.json ? () => {} : (message: string) => console.log(message);
  if (values.reset) {
    const removed = removeSqliteDatabase(config);
    if (!removed) {
      console.error('--reset only deletes the embedded SQLite database; for MySQL/MariaDB point DATABASE_URL at a fresh database.');
      return 1;
    }
    say(`Deleted ${removed}`);
  }
  try {
    const result = await seedDemoDatabase(config, {
      preset: DEMO_PRESETS[values.preset as DemoPresetName],
      seed: Number(values.seed),
      progress: say,
    });
    console.log(values.json ? JSON.stringify(result) : summary(result, config));
    return 0;
  } catch (err) {
    if (!(err instanceof DemoAlreadySeededError)) throw err;
    console.log(
      `The demo company is already there (${err.email} exists), so nothing was changed.\n` +
        'Run `npm start` to use it, or `npm run demo -- --reset` to delete the embedded database and start over.',
    );
    return 0;
  }
}

function summary(result: DemoSeedResult, config: AppConfig): string {
  const width = Math.max(...result.logins.map((l) => l.email.length));
  return [
    '',
    `Demo company ready: ${result.desks} desks, ${result.people} people, ${result.bookings.toLocaleString('en')} bookings` +
      ` (created in ${(result.seedMs / 1000).toFixed(1)} s, analytics rolled up in ${(result.rollupMs / 1000).toFixed(1)} s).`,
    '',
    'Log in with (all fictional; everyone has the same password):',
    ...result.logins.map((l) => `  ${l.role.padEnd(17)} ${l.email.padEnd(width)}  ${l.displayName}`),
    `  password          ${result.password}`,
    '',
    `Now run \`npm start\` and open http://localhost:${config.port}`,
  ].join('\n');
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  });
