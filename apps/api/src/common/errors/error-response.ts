import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from './error-codes.js';

/** The one error shape every endpoint answers with (DESIGN.md "Errors"). */
export class ErrorDto {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'EMAIL_TAKEN', description: 'Stable machine-readable code' })
  code: ErrorCode;
  @ApiProperty({ example: 'This e-mail address is already registered' }) message: string;
  @ApiPropertyOptional({ description: 'Code-specific details, e.g. the invalid fields' }) details?: unknown;
  @ApiPropertyOptional({ description: 'Correlates this answer with the server logs' }) requestId?: string;
}
