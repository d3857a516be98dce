import { ApiProperty } from '@nestjs/swagger';

export class AnonymizationRunStartedDto {
  @ApiProperty({ description: 'Id of the queued run; its result shows in the status once it finished' }) runId: string;
}

export class AnonymizationStatusDto {
  @ApiProperty({ type: String, nullable: true, description: 'When the last finished run of this tenant ended' }) lastRunAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Bookings that run anonymized or deleted' }) lastRunProcessed: number | null;
  @ApiProperty({ description: 'Bookings due now under the current retention setting' }) due: number;
  @ApiProperty({ description: 'A run is queued or in progress' }) running: boolean;
}
