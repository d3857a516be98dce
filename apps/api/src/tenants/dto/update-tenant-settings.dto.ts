import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../common/validation/optional.js';
import { BOOKING_VISIBILITIES, NOTICE_MODES, REQUIRE_2FA, RETENTION_MODES, SLOT_MINUTES, type TenantSettings } from '../settings.js';

/** PATCH /tenant/settings: every field optional, nested objects deep-merged into the stored ones. */
export class UpdateRetentionDto {
  @ApiPropertyOptional({ enum: RETENTION_MODES })
  @Optional()
  @IsIn(RETENTION_MODES)
  mode?: TenantSettings['privacy']['retention']['mode'];
  @ApiPropertyOptional({ minimum: 0, maximum: 3650 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(3650)
  afterDays?: number;
}

export class UpdatePrivacySettingsDto {
  @ApiPropertyOptional({ enum: BOOKING_VISIBILITIES })
  @Optional()
  @IsIn(BOOKING_VISIBILITIES)
  bookingVisibility?: TenantSettings['privacy']['bookingVisibility'];
  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  userChoiceDefault?: boolean;
  @ApiPropertyOptional({ type: UpdateRetentionDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => UpdateRetentionDto)
  retention?: UpdateRetentionDto;
  @ApiPropertyOptional({ enum: REQUIRE_2FA })
  @Optional()
  @IsIn(REQUIRE_2FA)
  require2fa?: TenantSettings['privacy']['require2fa'];
  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  consentRequired?: boolean;
  @ApiPropertyOptional({ enum: NOTICE_MODES })
  @Optional()
  @IsIn(NOTICE_MODES)
  noticeMode?: TenantSettings['privacy']['noticeMode'];
  @ApiPropertyOptional({ minimum: 1, maximum: 100 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(100)
  analyticsMinGroupSize?: number;
}

export class UpdateBookingSettingsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 365 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(365)
  maxDaysAhead?: number;
  @ApiPropertyOptional({ minimum: 5, maximum: 1440 })
  @Optional()
  @IsInt()
  @Min(5)
  @Max(1440)
  maxDurationMinutes?: number;
  @ApiPropertyOptional({ enum: SLOT_MINUTES })
  @Optional()
  @IsIn(SLOT_MINUTES)
  slotMinutes?: TenantSettings['booking']['slotMinutes'];
  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  checkInRequired?: boolean;
  @ApiPropertyOptional({ minimum: 5, maximum: 240 })
  @Optional()
  @IsInt()
  @Min(5)
  @Max(240)
  checkInGraceMinutes?: number;
}

/** Empty strings clear a contact; anything else must be an address. */
const emptyOrEmail = (value: unknown) => value !== '';

export class UpdateProcessorDto {
  @ApiProperty() @IsString() @Length(1, 200) name: string;
  @ApiProperty() @IsString() @Length(1, 500) purpose: string;
  @ApiProperty({ example: 'DE' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO code such as DE' })
  country: string;
}

export class UpdateOrganizationSettingsDto {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(200)
  legalName?: string;
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(500)
  address?: string;
  @ApiPropertyOptional()
  @Optional()
  @ValidateIf((_, v) => emptyOrEmail(v))
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;
  @ApiPropertyOptional()
  @Optional()
  @ValidateIf((_, v) => emptyOrEmail(v))
  @IsEmail()
  @MaxLength(254)
  dpoEmail?: string;
  @ApiPropertyOptional({ example: 'DE' })
  @Optional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO code such as DE' })
  country?: string;
  @ApiPropertyOptional({ type: [UpdateProcessorDto], description: 'Replaces the whole list' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => UpdateProcessorDto)
  processors?: UpdateProcessorDto[];
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(2000)
  thirdCountryTransfers?: string;
}

export class UpdateTenantSettingsDto {
  @ApiPropertyOptional({ type: UpdatePrivacySettingsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => UpdatePrivacySettingsDto)
  privacy?: UpdatePrivacySettingsDto;
  @ApiPropertyOptional({ type: UpdateBookingSettingsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => UpdateBookingSettingsDto)
  booking?: UpdateBookingSettingsDto;
  @ApiPropertyOptional({ type: UpdateOrganizationSettingsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => UpdateOrganizationSettingsDto)
  organization?: UpdateOrganizationSettingsDto;
}
