import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  isISO8601,
} from 'class-validator';
import { IsIsoTimeWithOffset } from '../../common/validation/iso-time.js';
import { Optional } from '../../common/validation/optional.js';
import { BOOKING_RULE_NAMES, type BookingRuleName } from '../booking-rules.js';
import { MAX_SERIES_OCCURRENCES, MAX_SERIES_WEEKS } from '../series-dates.js';
import { BookingDto } from './booking.dto.js';

export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isLocalDate = (value: string): boolean => LOCAL_DATE.test(value) && isISO8601(value, { strict: true });

/**
 * `POST /bookings/series`: the first occurrence (`startsAt`/`endsAt`) and either weekdays over a number
 * of weeks or a list of local dates; every occurrence has the first one's local wall-clock times.
 */
export class CreateBookingSeriesDto {
  @ApiProperty() @IsString() @Length(1, 64) deskId: string;
  @ApiProperty({ example: '2027-03-02T08:00:00+01:00', description: 'The first occurrence (with the days form: its times only)' })
  @IsIsoTimeWithOffset()
  startsAt: string;
  @ApiProperty({ example: '2027-03-02T16:00:00+01:00' }) @IsIsoTimeWithOffset() endsAt: string;
  @ApiPropertyOptional({ type: [Number], description: 'ISO weekdays, 1 = Monday … 7 = Sunday; with `weeks`, instead of `days`' })
  @ValidateIf((o: CreateBookingSeriesDto) => o.days === undefined || o.weekdays !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays?: number[];
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SERIES_WEEKS, description: 'Weeks from the week of `startsAt`' })
  @ValidateIf((o: CreateBookingSeriesDto) => o.weekdays !== undefined || o.weeks !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_SERIES_WEEKS)
  weeks?: number;
  @ApiPropertyOptional({ type: [String], example: ['2027-03-02', '2027-03-04'], description: 'Local dates; instead of weekdays/weeks' })
  @ValidateIf((o: CreateBookingSeriesDto) => o.days !== undefined || o.weekdays === undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SERIES_OCCURRENCES)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(LOCAL_DATE, { each: true, message: 'each of days must be a date like 2027-03-02' })
  days?: string[];
  @ApiPropertyOptional({ description: 'Book the occurrences that can be booked even if others cannot' })
  @Optional()
  @IsBoolean()
  allowPartial?: boolean;
  @ApiPropertyOptional({ description: 'Only with visibility user_choice; default privacy.userChoiceDefault' })
  @Optional()
  @IsBoolean()
  visibleToColleagues?: boolean;
}

export class SeriesRuleDetailsDto {
  @ApiProperty({ enum: BOOKING_RULE_NAMES, enumName: 'BookingRule' }) rule: BookingRuleName;
}

/** One occurrence of a series that could not be booked, with the code a single booking would get. */
export class SeriesRefusalDto {
  @ApiProperty({ example: '2027-03-09' }) date: string;
  @ApiProperty({ enum: ['DESK_TAKEN', 'USER_OVERLAP', 'BOOKING_RULE_VIOLATED'], type: String }) code: string;
  @ApiPropertyOptional({ description: 'For BOOKING_RULE_VIOLATED: `{ rule }`' }) details?: SeriesRuleDetailsDto;
}

export class BookingSeriesDto {
  @ApiProperty() seriesId: string;
  @ApiProperty({ type: [BookingDto] }) booked: BookingDto[];
  @ApiProperty({ type: [SeriesRefusalDto] }) refused: SeriesRefusalDto[];
}

/** `details` of 409 SERIES_CONFLICT: nothing was written. */
export class SeriesConflictDto {
  @ApiProperty({ type: [SeriesRefusalDto] }) refused: SeriesRefusalDto[];
  @ApiProperty({ type: [String], description: 'The dates that could be booked (with allowPartial)' }) bookable: string[];
}

export class CancelSeriesQueryDto {
  @ApiPropertyOptional({ example: '2027-03-09', description: 'Local date of the first occurrence to cancel; default today' })
  @Optional()
  @Matches(LOCAL_DATE, { message: 'from must be a date like 2027-03-09' })
  from?: string;
}
