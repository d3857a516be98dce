import { ValidateIf } from 'class-validator';

/**
 * Like @IsOptional, but only `undefined` skips validation: an explicit `null` must still pass
 * the field's validators (and fails them), so a PATCH cannot null out a required value.
 */
export const Optional = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
