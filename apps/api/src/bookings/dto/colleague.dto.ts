import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class ColleagueQueryDto {
  @ApiProperty({ minLength: 2, maxLength: 100, description: 'Part of a display name (case-insensitive)' })
  @IsString()
  @Length(2, 100, { message: 'q must be 2 to 100 characters' })
  q: string;
  @ApiProperty({ example: '2026-12-08', description: 'A day, in each location’s time zone' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date (YYYY-MM-DD)' })
  date: string;
}

export class ColleagueBookingDto {
  @ApiProperty() displayName: string;
  @ApiProperty() deskId: string;
  @ApiProperty() deskLabel: string;
  @ApiProperty() floorId: string;
  @ApiProperty() floorName: string;
  @ApiProperty() locationId: string;
  @ApiProperty() locationName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
}
