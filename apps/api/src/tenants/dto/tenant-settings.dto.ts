import { ApiProperty } from '@nestjs/swagger';
import { BOOKING_VISIBILITIES, NOTICE_MODES, REQUIRE_2FA, RETENTION_MODES, SLOT_MINUTES, type TenantSettings } from '../settings.js';

/** Response shapes of GET/PATCH /tenant/settings (API.md "Settings"). */
export class RetentionDto {
  @ApiProperty({ enum: RETENTION_MODES }) mode: TenantSettings['privacy']['retention']['mode'];
  @ApiProperty({ minimum: 0, maximum: 3650 }) afterDays: number;
}

export class PrivacySettingsDto {
  @ApiProperty({ enum: BOOKING_VISIBILITIES }) bookingVisibility: TenantSettings['privacy']['bookingVisibility'];
  @ApiProperty() userChoiceDefault: boolean;
  @ApiProperty({ type: RetentionDto }) retention: RetentionDto;
  @ApiProperty({ enum: REQUIRE_2FA }) require2fa: TenantSettings['privacy']['require2fa'];
  @ApiProperty() consentRequired: boolean;
  @ApiProperty({ enum: NOTICE_MODES }) noticeMode: TenantSettings['privacy']['noticeMode'];
  @ApiProperty({ minimum: 1, maximum: 100, description: 'Utilization figures from fewer bookings are withheld; 1 = off' })
  analyticsMinGroupSize: number;
}

export class BookingSettingsDto {
  @ApiProperty({ minimum: 0, maximum: 365 }) maxDaysAhead: number;
  @ApiProperty({ minimum: 5, maximum: 1440 }) maxDurationMinutes: number;
  @ApiProperty({ enum: SLOT_MINUTES }) slotMinutes: TenantSettings['booking']['slotMinutes'];
  @ApiProperty() checkInRequired: boolean;
  @ApiProperty({ minimum: 5, maximum: 240 }) checkInGraceMinutes: number;
}

export class ProcessorDto {
  @ApiProperty({ example: 'Hosting GmbH' }) name: string;
  @ApiProperty({ example: 'Hosting of the Deskbook instance' }) purpose: string;
  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'DE' }) country: string;
}

export class OrganizationSettingsDto {
  @ApiProperty() legalName: string;
  @ApiProperty() address: string;
  @ApiProperty() contactEmail: string;
  @ApiProperty() dpoEmail: string;
  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'DE' }) country: string;
  @ApiProperty({ type: [ProcessorDto], description: 'Processors and other recipients; empty: none' }) processors: ProcessorDto[];
  @ApiProperty({ description: 'Transfers to third countries and their safeguards; empty: none' }) thirdCountryTransfers: string;
}

export class TenantSettingsDto {
  @ApiProperty({ type: PrivacySettingsDto }) privacy: PrivacySettingsDto;
  @ApiProperty({ type: BookingSettingsDto }) booking: BookingSettingsDto;
  @ApiProperty({ type: OrganizationSettingsDto }) organization: OrganizationSettingsDto;
}
