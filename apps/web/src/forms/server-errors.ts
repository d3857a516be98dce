import { ApiError } from '../api/api-error';
import { errorMessageKey, type ErrorMessageKey } from '../api/error-messages';
import { fieldViolations } from '../api/validation-details';

export type FieldErrorKey = ErrorMessageKey | 'validation.rejected';

/**
 * The field errors a failed submit should show: every VALIDATION_FAILED violation on a field this form
 * has (the API's English messages are replaced by a translated text), plus error codes that belong to
 * one field (e.g. EMAIL_TAKEN → email). An empty result means: show a form-level message instead.
 */
export function serverFieldErrors(
  error: unknown,
  hasField: (path: string) => boolean,
  fieldByCode: Readonly<Partial<Record<string, string>>> = {},
): Record<string, FieldErrorKey> {
  const errors: Record<string, FieldErrorKey> = {};
  for (const violation of fieldViolations(error)) {
    if (hasField(violation.field)) errors[violation.field] = 'validation.rejected';
  }
  if (error instanceof ApiError) {
    const field = fieldByCode[error.code];
    if (field !== undefined && hasField(field)) errors[field] = errorMessageKey(error);
  }
  return errors;
}
