import { writeFileSync } from 'node:fs';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/config.js';
import { buildOpenApiDocument } from './openapi.js';

/**
 * Writes the OpenAPI document to the path given as argument, from an app on a throw-away
 * in-memory database. Used by `npm run api:generate` to regenerate libs/api-client.
 */
async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: export-openapi <output.json>');
  const config = loadConfig({
    DATABASE_URL: 'sqlite://:memory:',
    APP_SECRET: 'openapi-export-only-not-a-real-secret-0000',
    LOG_LEVEL: 'silent',
  });
  const app = await createApp(config);
  await app.init();
  writeFileSync(out, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
  await app.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
