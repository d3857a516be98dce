import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsString, Length } from 'class-validator';
import { IsIsoTimeWithOffset } from '../../common/validation/iso-time.js';
import { Optional } from '../../common/validation/optional.js';
import { BlockedDto } from './desk-block.dto.js';

export class CreateBookingDto {
  @ApiProperty() @IsString() @Length(1, 64) deskId: string;
  @ApiProperty({ example: '2027-03-02T08:00:00Z' }) @IsIsoTimeWithOffset() startsAt: string;
  @ApiProperty({ example: '2027-03-02T16:00:00Z' }) @IsIsoTimeWithOffset() endsAt: string;
  @ApiPropertyOptional({ description: 'Only with visibility user_choice; default privacy.userChoiceDefault' })
  @Optional()
  @IsBoolean()
  visibleToColleagues?: boolean;
  @ApiPropertyOptional({
    description:
      'Staff (facility_manager, tenant_admin) only: book for this member of the tenant. Their rules and overlaps apply; ' +
      'visibleToColleagues may only be false (the default otherwise: the choice to be shown is the person’s own)',
  })
  @Optional()
  @IsString()
  @Length(1, 64)
  forUserId?: string;
}

export class CancelBookingDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 500,
    description: 'Staff cancelling someone else’s booking: the reason the person reads. Ignored on one’s own booking',
  })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class TimeRangeQueryDto {
  @ApiPropertyOptional({ description: 'ISO 8601 with an offset or Z' }) @Optional() @IsIsoTimeWithOffset() from?: string;
  @ApiPropertyOptional({ description: 'ISO 8601 with an offset or Z' }) @Optional() @IsIsoTimeWithOffset() to?: string;
}

export class BookedByDto {
  @ApiProperty() displayName: string;
}

export class BookingDto {
  @ApiProperty() id: string;
  @ApiProperty() deskId: string;
  @ApiProperty() deskLabel: string;
  @ApiProperty() floorId: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ description: 'The caller booked it' }) mine: boolean;
  @ApiProperty({ type: BookedByDto, nullable: true, description: 'null wherever visibility hides the booker' })
  bookedBy: BookedByDto | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Only on the caller’s own bookings' }) visibleToColleagues: boolean | null;
  @ApiProperty({ nullable: true, type: String }) checkedInAt: string | null;
  @ApiProperty({ nullable: true, type: String }) cancelledAt: string | null;
  @ApiProperty({ nullable: true, enum: ['user', 'admin', 'no_show'], type: String }) cancelReason: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The reason staff gave when cancelling; only to the booking’s person and to staff',
  })
  cancelNote: string | null;
  @ApiProperty({
    type: BookedByDto,
    nullable: true,
    description: 'Who booked it for the caller, on the caller’s own bookings only (null everywhere else)',
  })
  bookedByStaff: BookedByDto | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The series this booking is an occurrence of; only on the caller’s own bookings',
  })
  seriesId: string | null;
}

export class AvailabilityBookingDto {
  @ApiProperty() id: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() mine: boolean;
  @ApiProperty({ type: BookedByDto, nullable: true }) bookedBy: BookedByDto | null;
}

export class DeskAvailabilityDto {
  @ApiProperty() deskId: string;
  @ApiProperty() label: string;
  @ApiProperty() x: number;
  @ApiProperty() y: number;
  @ApiProperty({ nullable: true, type: String }) zone: string | null;
  @ApiProperty({ type: [String] }) amenities: string[];
  @ApiProperty() bookable: boolean;
  @ApiProperty({ enum: ['free', 'booked', 'mine', 'unavailable'] }) status: 'free' | 'booked' | 'mine' | 'unavailable';
  @ApiProperty({ type: [AvailabilityBookingDto] }) bookings: AvailabilityBookingDto[];
  @ApiPropertyOptional({
    type: BlockedDto,
    description: 'Only on a desk a block covers for (part of) the window; its status is then "unavailable"',
  })
  blocked?: BlockedDto;
}
