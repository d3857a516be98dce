import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { Optional } from '../../common/validation/optional.js';

/** Which booking mails the caller wants; invitations, privacy notices and account mails are always sent. */
export class NotificationPreferencesDto {
  @ApiProperty({ description: 'A booking made by or for the caller is confirmed by mail, with the .ics attached' })
  bookingConfirmations: boolean;
  @ApiProperty({ description: 'A booking of the caller cancelled by staff or released as a no-show is reported by mail' })
  bookingCancellations: boolean;
}

export class UpdateNotificationPreferencesDto {
  @ApiPropertyOptional() @Optional() @IsBoolean() bookingConfirmations?: boolean;
  @ApiPropertyOptional() @Optional() @IsBoolean() bookingCancellations?: boolean;
}
