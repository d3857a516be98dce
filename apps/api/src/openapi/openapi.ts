import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorDto } from '../common/errors/error-response.js';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Deskbook API')
    .setDescription('Desk booking with privacy controls. Every error has the shape of ErrorDto.')
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth('deskbook_session')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorDto] });
  addDefaultErrorResponses(document);
  return document;
}

/** Every operation can fail with the shared error shape; saying so types `error` in the client. */
function addDefaultErrorResponses(document: OpenAPIObject): void {
  const errorResponse = {
    description: 'Error in the shared shape',
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorDto) } } },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = path[method];
      if (operation) operation.responses = { ...operation.responses, default: errorResponse };
    }
  }
}

/** Swagger UI at /api/docs, the JSON document at /api/docs-json. */
export function mountOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
}
