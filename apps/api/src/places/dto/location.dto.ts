import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsObject,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
  Validate,
  type ValidatorConstraintInterface,
  ValidatorConstraint,
} from 'class-validator';
import { IANAZone } from 'luxon';
import { Optional } from '../../common/validation/optional.js';
import { HH_MM } from '../opening-hours.js';
import type { Location } from '../entities/location.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ValidatorConstraint({ name: 'ianaTimezone' })
class IsIanaTimezone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && IANAZone.isValidZone(value);
  }
  defaultMessage(): string {
    return 'timezone must be an IANA time zone such as Europe/Berlin';
  }
}

export class DayHoursDto {
  @ApiProperty({ example: '08:00' }) @Matches(HH_MM, { message: 'open must be HH:MM' }) open: string;
  @ApiProperty({ example: '18:00' }) @Matches(HH_MM, { message: 'close must be HH:MM' }) close: string;
}

/** null = closed that day; absent = unchanged (on PATCH) or the default (on create). */
const ClosedOrHours = () => ValidateIf((_object: object, value: unknown) => value !== null && value !== undefined);

export class OpeningHoursDto {
  @ApiProperty({ type: DayHoursDto, nullable: true }) @ClosedOrHours() @ValidateNested() @Type(() => DayHoursDto) mon: DayHoursDto | null;
  @ApiProperty({ type: DayHoursDto, nullable: true }) @ClosedOrHours() @ValidateNested() @Type(() => DayHoursDto) tue: DayHoursDto | null;
  @ApiProperty({ type: DayHoursDto, nullable: true }) @ClosedOrHours() @ValidateNested() @Type(() => DayHoursDto) wed: DayHoursDto | null;
  @ApiProperty({ type: DayHoursDto, nullable: true }) @ClosedOrHours() @ValidateNested() @Type(() => DayHoursDto) thu: DayHoursDto | null;
  @ApiProperty({ type: DayHoursDto, nullable: true }) @ClosedOrHours() @ValidateNested() @Type(() => DayHoursDto) fri: DayHoursDto | null;
  @ApiProperty({ type: DayHoursDto, nullable: true }) @ClosedOrHours() @ValidateNested() @Type(() => DayHoursDto) sat: DayHoursDto | null;
  @ApiProperty({ type: DayHoursDto, nullable: true }) @ClosedOrHours() @ValidateNested() @Type(() => DayHoursDto) sun: DayHoursDto | null;
}

export class CreateLocationDto {
  @ApiProperty({ example: 'Berlin HQ' }) @Transform(trim) @IsString() @Length(1, 200) name: string;
  @ApiPropertyOptional({ example: 'Invalidenstraße 1, 10115 Berlin' }) @Optional() @IsString() @MaxLength(500) address?: string;
  @ApiProperty({ example: 'Europe/Berlin' }) @Validate(IsIanaTimezone) timezone: string;
  @ApiPropertyOptional({ type: OpeningHoursDto, description: 'Default Mon–Fri 08:00–18:00' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto;
}

export class UpdateLocationDto {
  @ApiPropertyOptional() @Optional() @Transform(trim) @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(500) address?: string;
  @ApiPropertyOptional() @Optional() @Validate(IsIanaTimezone) timezone?: string;
  @ApiPropertyOptional({ type: OpeningHoursDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto;
}

export class LocationDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty() timezone: string;
  @ApiProperty({ type: OpeningHoursDto }) openingHours: OpeningHoursDto;
}

export function toLocationDto(l: Location): LocationDto {
  return { id: l.id, name: l.name, address: l.address, timezone: l.timezone, openingHours: l.openingHours };
}
