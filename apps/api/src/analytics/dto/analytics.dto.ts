import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Which part of the office and which days: a location or a floor, optionally one zone, local dates inclusive. */
export class AnalyticsScopeQueryDto {
  @ApiProperty({ example: '2026-01-01', description: 'First day, in the location’s time zone' })
  @Matches(LOCAL_DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  from: string;
  @ApiProperty({ example: '2026-12-31', description: 'Last day (inclusive); at most 24 months after from' })
  @Matches(LOCAL_DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  to: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A location, or give floorId' }) @IsOptional() @IsUUID() locationId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() floorId?: string;
  @ApiPropertyOptional({ maxLength: 60, description: 'Only the desks of this zone' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  zone?: string;
  @ApiPropertyOptional({ enum: ['json', 'csv'] }) @IsOptional() @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}

export class UtilizationQueryDto extends AnalyticsScopeQueryDto {
  @ApiPropertyOptional({ enum: GRANULARITIES, description: 'Default: day' }) @IsOptional() @IsIn(GRANULARITIES) granularity?: Granularity;
}

const rate = (description: string) =>
  ApiProperty({ type: Number, nullable: true, description: `${description}; 0…1, null when withheld or undefined` });
const figure = (description: string) => ApiProperty({ type: Number, nullable: true, description: `${description}; null when withheld` });
const SUPPRESSED =
  'true when a figure of this row was computed from fewer bookings than privacy.analyticsMinGroupSize and is withheld (null)';

export class UtilizationPointDto {
  @ApiProperty({ example: '2026-03-02', description: 'First day of the period (week: its Monday; month: its 1st)' }) period: string;
  @figure('Bookings that started in the period (not cancelled)') bookings: number | null;
  @figure('Booked hours inside opening hours') bookedHours: number | null;
  @ApiProperty({ description: 'Bookable desks × opening hours' }) availableHours: number;
  @rate('Booked utilization: bookedHours ÷ availableHours') occupancyRate: number | null;
  @rate('Desks with a booking that day ÷ bookable desks, over the period’s open days') deskDayOccupancy: number | null;
  @figure('Bookings checked in') checkIns: number | null;
  @figure('Bookings released without check-in') noShows: number | null;
  @figure('Most desks booked at one moment') peakConcurrent: number | null;
  @ApiProperty({ description: SUPPRESSED }) suppressed: boolean;
}

export class HeatmapCellDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: '1 = Monday … 7 = Sunday, location time' }) weekday: number;
  @ApiProperty({ minimum: 0, maximum: 23, description: 'Local clock hour' }) hour: number;
  @figure('Desks booked during this hour, on average over such weekdays in the range') avgBookedDesks: number | null;
  @rate('avgBookedDesks ÷ bookable desks') occupancyRate: number | null;
  @ApiProperty({ description: SUPPRESSED }) suppressed: boolean;
}

export class DeskFiguresDto {
  @ApiProperty({ format: 'uuid' }) deskId: string;
  @ApiProperty() label: string;
  @ApiProperty({ type: String, nullable: true }) zone: string | null;
  @ApiProperty({ description: 'Plan coordinates, for the floor overlay' }) x: number;
  @ApiProperty() y: number;
  @ApiProperty({ description: 'Bookable now' }) bookable: boolean;
  @ApiProperty({ type: Number, nullable: true, description: '1 = most booked hours; ties share a rank; null when withheld' }) rank:
    number | null;
  @figure('Bookings in the range') bookings: number | null;
  @figure('Booked hours inside opening hours') bookedHours: number | null;
  @rate('bookedHours ÷ the opening hours of the days the desk was bookable') occupancyRate: number | null;
  @ApiProperty({ description: SUPPRESSED }) suppressed: boolean;
}

export class DesksNeededDto {
  @figure('Most desks booked at one moment, on the busiest day') max: number | null;
  @figure('Desks that were enough on 95 % of open days (95th percentile of daily peaks)') p95: number | null;
}

export class AvailabilityBreakdownDto {
  @figure('Desks booked on an average open day') booked: number | null;
  @figure('Bookable desks left free on an average open day') free: number | null;
  @ApiProperty({ description: 'Desks not bookable on an average open day' }) notBookable: number;
}

export class UtilizationSummaryDto {
  @ApiProperty({ description: 'Desks in the scope that are bookable now' }) bookableDesks: number;
  @ApiProperty({ description: 'Desks in the scope, bookable or not' }) totalDesks: number;
  @ApiProperty({ description: 'Days in the range the location is open' }) openDays: number;
  @figure('Bookings (not cancelled)') bookings: number | null;
  @figure('Booked hours inside opening hours') bookedHours: number | null;
  @ApiProperty() availableHours: number;
  @rate('Booked utilization') occupancyRate: number | null;
  @rate('Desk-day occupancy') deskDayOccupancy: number | null;
  @figure('Most desks booked at one moment') peakConcurrent: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The day of peakConcurrent (the first such day)' }) peakDay: string | null;
  @figure('Average of the daily peaks over open days') avgDailyPeak: number | null;
  @figure('Bookings per open day') avgDailyBookings: number | null;
  @rate('Bookings checked in ÷ bookings') checkInRate: number | null;
  @rate('Released unchecked ÷ bookings that needed a check-in (checked in or released)') noShowRate: number | null;
  @rate('Cancelled ÷ (bookings + cancelled)') cancellationRate: number | null;
  @figure('Median days between booking and the booked day') medianLeadTimeDays: number | null;
  @ApiProperty({ type: DesksNeededDto }) desksNeeded: DesksNeededDto;
  @ApiProperty({ type: AvailabilityBreakdownDto }) availability: AvailabilityBreakdownDto;
  @ApiProperty({ description: 'privacy.analyticsMinGroupSize that applied' }) minGroupSize: number;
  @ApiProperty({ type: String, nullable: true, description: 'The figures are as of this time (the rollup’s last refresh)' }) refreshedAt:
    string | null;
  @ApiProperty({ description: SUPPRESSED }) suppressed: boolean;
}

export class AnalyticsStatusDto {
  @ApiProperty({ type: String, nullable: true }) refreshedAt: string | null;
}
