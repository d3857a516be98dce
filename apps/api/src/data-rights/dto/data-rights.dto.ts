import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class EraseMeDto {
  @ApiProperty({ description: 'The current password: erasure cannot be undone' }) @IsString() @Length(1, 128) password: string;
}

export class ImportResultDto {
  @ApiProperty() imported: number;
  @ApiProperty({
    description:
      'false when the job queue was unreachable: the rows are imported, and bookings already past the retention period are anonymized by the next scheduled sweep instead of a run right away',
  })
  anonymizationQueued: boolean;
}
