import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from '../../common/errors/error-codes.js';
import { ErrorDto } from '../../common/errors/error-response.js';
import { IMPORT_PROBLEM_CODES, type ImportProblemCode } from './import-problems.js';

/** One problem of a refused import, as listed in the 400 answer's `details`. */
export class ImportProblemDto {
  @ApiPropertyOptional({
    example: 3,
    description: 'The 1-based row of the file (the CSV header not counted); absent for a problem of the whole file',
  })
  row?: number;
  @ApiProperty({ example: 'rows[3].startsAt', description: '`rows[n].<column>`, or `rows` for the whole file' })
  field: string;
  @ApiProperty({ enum: IMPORT_PROBLEM_CODES, enumName: 'ImportProblemCode', example: 'INVALID_TIME' })
  code: ImportProblemCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { field: 'startsAt' },
    description: 'The values the message names, for clients that word it in their own language',
  })
  params: Record<string, string | number>;
  @ApiProperty({
    type: [String],
    example: ['startsAt must be an ISO 8601 time with an offset, e.g. 2026-03-02T08:00:00Z'],
    description: 'In English',
  })
  messages: string[];
}

/** A refused import: nothing was imported, and `details` lists the problems (the first 500). */
export class ImportRefusedDto extends ErrorDto {
  @ApiProperty({ example: 400 }) declare statusCode: number;
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'VALIDATION_FAILED' }) declare code: ErrorCode;
  @ApiProperty({ example: '3 problems in the file; nothing was imported' }) declare message: string;
  @ApiProperty({ type: [ImportProblemDto], description: 'The problems by row, the first 500' })
  declare details: ImportProblemDto[];
}
