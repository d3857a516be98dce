import { isISO8601, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * ISO 8601 with a date, a time and an offset (or Z). A time without a zone would be read in the
 * server's zone, a guess that books the wrong hour for anyone elsewhere: every time the API takes
 * (request bodies, query ranges, imported rows) is checked by this one rule.
 */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoTimeWithOffset(value: unknown): value is string {
  // The pattern pins the shape; isISO8601 (strict) rejects dates that do not exist, like 31 February.
  return typeof value === 'string' && ISO_WITH_OFFSET.test(value) && isISO8601(value, { strict: true, strictSeparator: true });
}

/** class-validator decorator for DTO fields that take a time. */
export function IsIsoTimeWithOffset(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoTimeWithOffset',
      validator: {
        validate: (value: unknown) => isIsoTimeWithOffset(value),
        defaultMessage: () => '$property must be an ISO 8601 time with an offset, e.g. 2026-03-02T08:00:00Z',
      },
    },
    options,
  );
}
