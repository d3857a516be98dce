import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'webcal:// URL of the caller’s feed; null without one',
    example: 'webcal://deskbook.example.com/api/calendar/….ics',
  })
  url: string | null;
}
