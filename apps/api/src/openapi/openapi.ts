import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { CHECK_IN_OPENS_BEFORE_MINUTES } from '../bookings/booking-rules.js';
import { BookingRuleViolationDto } from '../bookings/dto/booking-rule-violation.dto.js';
import { MAX_IMPORT_BYTES } from '../bookings/import/import-file.js';
import { ErrorDto } from '../common/errors/error-response.js';
import { MAX_PLAN_BYTES } from '../places/plan-image.js';
import { MAX_NOTICE_BODY_CHARS, MAX_NOTICE_PDF_BYTES } from '../privacy-notices/dto/privacy-notice.dto.js';
import { NOTICE_SETTINGS } from '../privacy-notices/generator/notice.js';

/**
 * Limits the API enforces that a client checks before asking (to grey out a button, or refuse a file
 * without uploading it). Published in the document as `x-deskbook-limits`, from which
 * `npm run api:generate` writes `API_LIMITS` into libs/api-client, so the web never copies them.
 */
export const CLIENT_LIMITS = {
  /** Check-in opens this many minutes before a booking starts, and closes at its end. */
  checkInOpensBeforeMinutes: CHECK_IN_OPENS_BEFORE_MINUTES,
  /** Largest floor plan image `PUT /floors/{id}/plan` takes. */
  maxPlanBytes: MAX_PLAN_BYTES,
  /** Largest file `POST /admin/bookings/import` takes. */
  maxImportBytes: MAX_IMPORT_BYTES,
  /** Longest Markdown body per language of a custom privacy notice. */
  maxNoticeBodyChars: MAX_NOTICE_BODY_CHARS,
  /** Largest PDF `POST /privacy-notice/versions` takes. */
  maxNoticePdfBytes: MAX_NOTICE_PDF_BYTES,
  /** Settings whose change republishes a generated privacy notice (which everyone is asked to accept). */
  noticeSettings: NOTICE_SETTINGS,
} as const;

export type DeskbookOpenApiDocument = OpenAPIObject & { 'x-deskbook-limits': typeof CLIENT_LIMITS };

export function buildOpenApiDocument(app: INestApplication): DeskbookOpenApiDocument {
  const config = new DocumentBuilder()
    .setTitle('Deskbook API')
    .setDescription(
      'Desk booking with privacy controls. Every error has the shape of ErrorDto; `code` is an ErrorCode, and ' +
        'the rule of BOOKING_RULE_VIOLATED a BookingRule. `x-deskbook-limits` lists limits clients check before asking.',
    )
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth('deskbook_session')
    .build();
  // BookingRuleViolationDto is listed for its `BookingRule` enum: the `details` of BOOKING_RULE_VIOLATED.
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorDto, BookingRuleViolationDto] });
  addDefaultErrorResponses(document);
  return { ...document, 'x-deskbook-limits': CLIENT_LIMITS };
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
