import type { ArgumentMetadata, ValidationError } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsArray, IsISO8601, IsOptional } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { createValidationPipe, flattenValidationErrors, REMEMBERED_QUERIES } from './validation.pipe.js';

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

class RangeQuery {
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @IsOptional()
  @IsArray()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  tags?: string[];
}

class OtherQuery {
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
}

describe('createValidationPipe with query DTOs', () => {
  const query = (metatype: new () => object): ArgumentMetadata => ({ type: 'query', metatype, data: undefined });

  it('gives every request its own DTO instance, the same for the same query', async () => {
    const pipe = createValidationPipe();
    const first = await pipe.transform({ from: '2026-12-01T00:00:00Z', tags: 'a,b' }, query(RangeQuery));
    const second = await pipe.transform({ from: '2026-12-01T00:00:00Z', tags: 'a,b' }, query(RangeQuery));
    expect(first).toBeInstanceOf(RangeQuery);
    expect(second).toBeInstanceOf(RangeQuery);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    (second as RangeQuery).from = 'changed';
    expect(await pipe.transform({ from: '2026-12-01T00:00:00Z', tags: 'a,b' }, query(RangeQuery))).toEqual(first);
    // Nested values are shared between copies, so nobody may change them.
    expect(() => (first as RangeQuery).tags!.push('c')).toThrow(TypeError);
  });

  it('rejects an invalid or unknown query every time, also after valid ones', async () => {
    const pipe = createValidationPipe();
    await pipe.transform({ from: '2026-12-01T00:00:00Z' }, query(RangeQuery));
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({ from: 'yesterday' }, query(RangeQuery))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(pipe.transform({ from: '2026-12-01T00:00:00Z', extra: '1' }, query(RangeQuery))).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    }
  });

  it('keeps DTO classes apart for the same query string', async () => {
    const pipe = createValidationPipe();
    await pipe.transform({ from: '2026-12-01T00:00:00Z' }, query(RangeQuery));
    expect(await pipe.transform({ from: '2026-12-01T00:00:00Z' }, query(OtherQuery))).toBeInstanceOf(OtherQuery);
  });

  it('remembers a bounded number of queries', async () => {
    const pipe = createValidationPipe();
    for (let i = 0; i <= REMEMBERED_QUERIES + 10; i++)
      await pipe.transform({ from: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() }, query(RangeQuery));
    expect((pipe as unknown as { validQueries: Map<string, object> }).validQueries.size).toBe(REMEMBERED_QUERIES);
  });

  it('validates bodies on every request', async () => {
    const pipe = createValidationPipe();
    const body: ArgumentMetadata = { type: 'body', metatype: RangeQuery, data: undefined };
    const a = await pipe.transform({ from: '2026-12-01T00:00:00Z' }, body);
    expect(a).toBeInstanceOf(RangeQuery);
    expect(Object.isFrozen(a)).toBe(false);
  });
});
