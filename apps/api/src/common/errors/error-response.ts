import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one error shape every endpoint answers with (DESIGN.md "Errors"). */
export class ErrorDto {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ example: 'EMAIL_TAKEN', description: 'Stable machine-readable code' }) code: string;
  @ApiProperty({ example: 'This e-mail address is already registered' }) message: string;
  @ApiPropertyOptional({ description: 'Code-specific details, e.g. the invalid fields' }) details?: unknown;
  @ApiPropertyOptional({ description: 'Correlates this answer with the server logs' }) requestId?: string;
}
