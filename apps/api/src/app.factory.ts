import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { AllExceptionsFilter, requestIdOf, toErrorDto } from './common/errors/all-exceptions.filter.js';
import { NotFoundError } from './common/errors/domain-error.js';
import { installJsonBodyParser } from './common/http/body-parsing.js';
import { runWithRequestContext } from './common/context/request-context.js';
import { PinoNestLogger, createHttpLogger, createLogger } from './common/logging/logger.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import type { AppConfig } from './config/config.js';
import { buildOpenApiDocument, mountOpenApi } from './openapi/openapi.js';

export interface CreateAppOptions {
  logger?: Logger;
  /** Extra modules, e.g. test-only controllers. */
  extraImports?: ModuleMetadata['imports'];
}

/** Builds the fully configured application (used by main.ts, the e2e tests and the OpenAPI export). */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const logger = options.logger ?? createLogger(config);
  const rootModule = AppModule.forRoot(config, logger);
  rootModule.imports = [...(rootModule.imports ?? []), ...(options.extraImports ?? [])];
  const app = await NestFactory.create<NestExpressApplication>(rootModule, {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  const server = app.getHttpAdapter().getInstance();
  server.disable('x-powered-by');
  server.set('trust proxy', config.trustProxy);

  app.use(createHttpLogger(logger));
  app.use((_req: unknown, _res: unknown, next: () => void) => runWithRequestContext(next));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine sets style attributes at run time; Swagger UI inlines styles too.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      // The same answer as frame-ancestors 'none', for browsers that only know the older header.
      xFrameOptions: { action: 'deny' },
    }),
  );
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });
  installJsonBodyParser(server);
  app.use(cookieParser());

  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter(logger));
  app.enableShutdownHooks();

  mountOpenApi(app, buildOpenApiDocument(app));
  serveWebApp(server, config);
  return app;
}

const refuseSourceMaps: RequestHandler = (req, res, next) => {
  if (!req.path.endsWith('.map')) {
    next();
    return;
  }
  res.status(404).json(toErrorDto(new NotFoundError(), requestIdOf(req)));
};

/** The built web app on the same port; every non-API GET falls back to index.html (client routing). */
function serveWebApp(server: Express, config: AppConfig): void {
  const dir = config.webDistDir;
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  // Source maps would publish the web app's source, comments included; production builds have none.
  if (config.nodeEnv === 'production') server.use(refuseSourceMaps);
  server.use(express.static(dir, { index: false, maxAge: '1h' }));
  server.get(/^(?!\/api(\/|$)).*/, (req, res, next) => {
    if (!req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
}
