import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { Optional } from '../../common/validation/optional.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The most desks one block names; a whole floor is a block without desks. */
export const MAX_BLOCK_DESKS = 500;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateDeskBlockDto {
  @ApiProperty({ example: '2026-12-24', description: "First day, in the location's time zone" })
  @IsString()
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  from: string;

  @ApiProperty({ example: '2026-12-26', description: "Last day (inclusive), in the location's time zone" })
  @IsString()
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  to: string;

  @ApiPropertyOptional({ type: [String], description: 'Desks of this floor; left out: the whole floor' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BLOCK_DESKS)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  deskIds?: string[];

  @ApiProperty({ example: 'Carpet cleaning', description: 'Shown on the desks and to the people whose bookings it cancels' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  reason: string;
}

export class CreateDeskBlockQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Cancel the bookings inside the block (else 409 BLOCK_HAS_BOOKINGS lists them)',
  })
  @Optional()
  @IsIn(['true', 'false'])
  confirm?: 'true' | 'false';
}

export class DeskBlockDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2026-12-24', description: "First day, in the location's time zone" }) from: string;
  @ApiProperty({ example: '2026-12-26', description: 'Last day (inclusive)' }) to: string;
  @ApiProperty({ description: 'Start of the first day (UTC)' }) startsAt: string;
  @ApiProperty({ description: 'Start of the day after the last (UTC)' }) endsAt: string;
  @ApiProperty({ type: [String], nullable: true, description: 'null: the whole floor' }) deskIds: string[] | null;
  @ApiProperty() reason: string;
  @ApiProperty() createdAt: string;
}

/** A booking inside a block: where and when, never who. */
export class BlockedBookingDto {
  @ApiProperty() id: string;
  @ApiProperty() deskId: string;
  @ApiProperty() deskLabel: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
}

export class DeskBlockCreatedDto {
  @ApiProperty({ type: DeskBlockDto }) block: DeskBlockDto;
  @ApiProperty({ type: [BlockedBookingDto], description: 'The bookings the block cancelled' }) cancelled: BlockedBookingDto[];
}

export class BlockedDto {
  @ApiProperty() reason: string;
}
