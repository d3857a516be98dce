import { ValidationPipe, type ArgumentMetadata, type ValidationError, type ValidationPipeOptions } from '@nestjs/common';
import { ValidationFailedError, type FieldError } from '../errors/domain-error.js';

/** Flattens nested class-validator errors into `{ field: 'privacy.retention.afterDays', messages }`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own: FieldError[] = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** Distinct query strings whose validated DTOs are remembered (a few kB; the oldest go first). */
export const REMEMBERED_QUERIES = 1_000;

/**
 * Nest's ValidationPipe, remembering the query DTOs it has validated. class-transformer and
 * class-validator were a large share of a floor availability request's CPU, and a whole
 * office opening the floor plan sends the same `from` and `to`. A query's DTO depends on nothing but
 * its strings (no query DTO validates against the database), so the first outcome stands for every
 * later request with the same query: each gets its own shallow copy of a frozen DTO. Only valid
 * queries are remembered; invalid ones are validated (and rejected) every time. Bodies and route
 * parameters are validated on every request as before.
 */
export class RememberingValidationPipe extends ValidationPipe {
  private readonly validQueries = new Map<string, object>();
  private readonly classIds = new WeakMap<object, number>();
  private nextClassId = 1;

  constructor(options: ValidationPipeOptions) {
    super(options);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (metadata.type !== 'query' || typeof metatype !== 'function' || !this.toValidate(metadata)) return super.transform(value, metadata);
    const key = `${this.classId(metatype)}|${JSON.stringify(value)}`;
    let dto = this.validQueries.get(key);
    if (!dto) {
      dto = deepFreeze((await super.transform(value, metadata)) as object);
      if (this.validQueries.size >= REMEMBERED_QUERIES) this.validQueries.delete(this.validQueries.keys().next().value as string);
      this.validQueries.set(key, dto);
    }
    return Object.assign(Object.create(Object.getPrototypeOf(dto) as object | null) as object, dto);
  }

  /** DTO classes by number: two classes of one name stay apart. */
  private classId(metatype: object): number {
    let id = this.classIds.get(metatype);
    if (id === undefined) this.classIds.set(metatype, (id = this.nextClassId++));
    return id;
  }
}

/** A remembered DTO is shared: nothing may change it, nested arrays included. */
function deepFreeze<T extends object>(value: T): T {
  for (const nested of Object.values(value)) if (nested !== null && typeof nested === 'object') deepFreeze(nested as object);
  return Object.freeze(value);
}

/** Whitelists DTO fields and rejects unknown ones, answering 400 VALIDATION_FAILED. */
export function createValidationPipe(): ValidationPipe {
  return new RememberingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Never coerce "1" into 1 behind the client's back; query DTOs convert explicitly.
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const fields = details.map((d) => d.field).join(', ');
      return new ValidationFailedError(details, `Invalid or unknown fields: ${fields}`);
    },
  });
}
