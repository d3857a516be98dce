import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';

function readConfig(): AppConfig {
  try {
    const config = loadConfig();
    // Serve the built web app from apps/web/dist unless told otherwise.
    config.webDistDir ??= resolve(fileURLToPath(import.meta.url), '../../../../../../web/dist');
    return config;
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

async function bootstrap(): Promise<void> {
  const config = readConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  console.log(
    `Deskbook is running on http://localhost:${config.port} (database: ${config.database.type}, jobs: ${config.redisUrl ? 'BullMQ' : 'in-process'})`,
  );
}

void bootstrap();
