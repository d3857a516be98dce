import { ApiProperty } from '@nestjs/swagger';
import { BOOKING_RULE_NAMES, type BookingRuleName } from '../booking-rules.js';

/** `details` of a 422 BOOKING_RULE_VIOLATED answer: which rule the booking or check-in broke. */
export class BookingRuleViolationDto {
  @ApiProperty({ enum: BOOKING_RULE_NAMES, enumName: 'BookingRule', example: 'TOO_FAR_AHEAD' })
  rule: BookingRuleName;
}
