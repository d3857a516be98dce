import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsNumber, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { Optional } from '../../common/validation/optional.js';
import type { Desk } from '../entities/desk.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value;
const COORD = { min: -100_000, max: 100_000 };

/** null clears the zone. */
const ZoneField = () =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, type: String, example: 'Quiet zone' }),
    Optional(),
    ValidateIf((_object: object, value: unknown) => value !== null),
    Transform(trim),
    IsString(),
    Length(1, 60),
  );

const AmenitiesField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], example: ['monitor', 'standing'] }),
    Optional(),
    Transform(trimAll),
    IsArray(),
    ArrayMaxSize(20),
    IsString({ each: true }),
    Length(1, 40, { each: true }),
  );

export class CreateDeskDto {
  @ApiProperty({ example: 'D12' }) @Transform(trim) @IsString() @Length(1, 40) label: string;
  @ApiProperty({ description: 'Plan x coordinate (pixels)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(COORD.min)
  @Max(COORD.max)
  x: number;
  @ApiProperty({ description: 'Plan y coordinate (pixels)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(COORD.min)
  @Max(COORD.max)
  y: number;
  @ZoneField() zone?: string | null;
  @AmenitiesField() amenities?: string[];
  @ApiPropertyOptional({ default: true }) @Optional() @IsBoolean() bookable?: boolean;
}

export class UpdateDeskDto {
  @ApiPropertyOptional() @Optional() @Transform(trim) @IsString() @Length(1, 40) label?: string;
  @ApiPropertyOptional() @Optional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(COORD.min) @Max(COORD.max) x?: number;
  @ApiPropertyOptional() @Optional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(COORD.min) @Max(COORD.max) y?: number;
  @ZoneField() zone?: string | null;
  @AmenitiesField() amenities?: string[];
  @ApiPropertyOptional() @Optional() @IsBoolean() bookable?: boolean;
}

export class DeskDto {
  @ApiProperty() id: string;
  @ApiProperty() floorId: string;
  @ApiProperty() label: string;
  @ApiProperty() x: number;
  @ApiProperty() y: number;
  @ApiProperty({ nullable: true, type: String }) zone: string | null;
  @ApiProperty({ type: [String] }) amenities: string[];
  @ApiProperty() bookable: boolean;
}

export function toDeskDto(d: Desk): DeskDto {
  return { id: d.id, floorId: d.floorId, label: d.label, x: d.x, y: d.y, zone: d.zone, amenities: d.amenities, bookable: d.bookable };
}
