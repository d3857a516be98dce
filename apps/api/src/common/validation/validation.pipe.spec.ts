import type { ValidationError } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { flattenValidationErrors } from './validation.pipe.js';

describe('flattenValidationErrors', () => {
  it('names nested fields by their path', () => {
    const errors: ValidationError[] = [
      { property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] },
      {
        property: 'privacy',
        children: [{ property: 'retention', children: [{ property: 'afterDays', constraints: { max: 'too big' }, children: [] }] }],
      },
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'email', messages: ['email must be an email'] },
      { field: 'privacy.retention.afterDays', messages: ['too big'] },
    ]);
  });
});
