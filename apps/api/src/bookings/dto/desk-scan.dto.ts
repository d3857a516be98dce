import { ApiProperty } from '@nestjs/swagger';
import { BookingDto } from './booking.dto.js';

export class ScannedDeskDto {
  @ApiProperty() id: string;
  @ApiProperty() label: string;
  @ApiProperty({ nullable: true, type: String }) zone: string | null;
  @ApiProperty() bookable: boolean;
  @ApiProperty() floorId: string;
  @ApiProperty() floorName: string;
  @ApiProperty() locationId: string;
  @ApiProperty() locationName: string;
  @ApiProperty({ description: 'IANA time zone of the location' }) timezone: string;
}

export class DeskScanDto {
  @ApiProperty({ type: ScannedDeskDto }) desk: ScannedDeskDto;
  @ApiProperty({
    type: BookingDto,
    nullable: true,
    description: 'The caller’s booking at this desk that covers now or starts later today',
  })
  booking: BookingDto | null;
  @ApiProperty({
    enum: ['mine', 'free', 'booked', 'unavailable'],
    description: 'booked: someone else holds the desk now (never who); unavailable: not bookable or the office is closed',
  })
  status: 'mine' | 'free' | 'booked' | 'unavailable';
  @ApiProperty({ nullable: true, type: String, description: 'When free: where a walk-up booking starts (the running slot)' })
  freeFrom: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'When free: until when it can be booked now (next booking, closing time or the longest booking allowed)',
  })
  freeUntil: string | null;
}
