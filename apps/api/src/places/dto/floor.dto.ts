import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { Optional } from '../../common/validation/optional.js';
import type { Floor } from '../entities/floor.entity.js';
import { DeskDto } from './desk.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateFloorDto {
  @ApiProperty({ example: '2nd floor' }) @Transform(trim) @IsString() @Length(1, 120) name: string;
  @ApiPropertyOptional({ example: 2 }) @Optional() @IsInt() @Min(-20) @Max(300) level?: number;
}

export class UpdateFloorDto {
  @ApiPropertyOptional() @Optional() @Transform(trim) @IsString() @Length(1, 120) name?: string;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(-20) @Max(300) level?: number;
}

export class FloorDto {
  @ApiProperty() id: string;
  @ApiProperty() locationId: string;
  @ApiProperty() name: string;
  @ApiProperty() level: number;
  @ApiProperty({ description: 'True once a plan image is uploaded' }) hasPlan: boolean;
  @ApiProperty({ nullable: true, type: String }) planMimeType: string | null;
  @ApiProperty({ nullable: true, type: Number }) planWidth: number | null;
  @ApiProperty({ nullable: true, type: Number }) planHeight: number | null;
}

export class FloorWithDesksDto extends FloorDto {
  @ApiProperty({ type: [DeskDto] }) desks: DeskDto[];
}

export function toFloorDto(f: Floor): FloorDto {
  return {
    id: f.id,
    locationId: f.locationId,
    name: f.name,
    level: f.level,
    hasPlan: f.planMimeType !== null,
    planMimeType: f.planMimeType,
    planWidth: f.planWidth,
    planHeight: f.planHeight,
  };
}
