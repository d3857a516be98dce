import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class EraseMeDto {
  @ApiProperty({ description: 'The current password: erasure cannot be undone' }) @IsString() @Length(1, 128) password: string;
}

export class ImportResultDto {
  @ApiProperty() imported: number;
}
