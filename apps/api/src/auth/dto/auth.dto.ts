import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.js';
import { TenantDto } from '../../tenants/dto/tenant.dto.js';
import { DisplayNameField, EmailField } from '../../users/dto/user-input.dto.js';
import { UserDto } from '../../users/dto/user.dto.js';
import { ROLES, type Role } from '../../common/auth/roles.js';
import { NOTICE_LANGUAGES, type NoticeLanguage } from '../../privacy-notices/dto/privacy-notice.dto.js';

/** Strength is checked by the service (it needs context words); here only the type and bounds. */
const PasswordField = () =>
  applyDecorators(
    ApiProperty({ minLength: 8, maxLength: 128, format: 'password' }),
    IsString(),
    MaxLength(128, { message: 'password must be at most 128 characters' }),
  );

export class SignupDto {
  @ApiProperty({ example: 'Acme GmbH', minLength: 2, maxLength: 200 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(2, 200, { message: 'tenantName must be 2 to 200 characters' })
  tenantName: string;
  @DisplayNameField() displayName: string;
  @EmailField() email: string;
  @PasswordField() password: string;
  @ApiPropertyOptional({ enum: ['en', 'de'], description: 'The language of the confirmation mail and of the new account' })
  @Optional()
  @IsIn(['en', 'de'], { message: 'locale must be en or de' })
  locale?: 'en' | 'de';
}

/** The same answer for every address: whether it had an account is said only in the mail to it. */
export class SignupAcceptedDto {
  @ApiProperty({ enum: ['confirmation_sent'] }) status: 'confirmation_sent';
}

export class ConfirmEmailDto {
  @ApiProperty({ description: 'The token from the confirmation link' })
  @IsString()
  @Length(16, 128)
  token: string;
}

export class LoginDto {
  @EmailField() email: string;
  @ApiProperty({ format: 'password' }) @IsString() @Length(1, 1024) password: string;
  @ApiPropertyOptional({ description: 'Six-digit code from the authenticator app, or a recovery code' })
  @Optional()
  @IsString()
  @Length(6, 32)
  totp?: string;
}

export class AcceptInviteDto {
  @ApiProperty() @IsString() @Length(10, 200) inviteToken: string;
  @PasswordField() password: string;
}

export class InviteTokenDto {
  @ApiProperty() @IsString() @Length(10, 200) inviteToken: string;
}

export class InvitePreviewRequestDto extends InviteTokenDto {
  @ApiPropertyOptional({ enum: NOTICE_LANGUAGES, description: 'Language of the privacy notice (falls back to English, then any)' })
  @Optional()
  @IsIn(NOTICE_LANGUAGES)
  lang?: NoticeLanguage;
}

/** The tenant's current privacy notice, shown before the invitee creates an account (GDPR Art. 13). */
export class InviteNoticeDto {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: NOTICE_LANGUAGES, description: 'The language of title and body (after fallback)' }) lang: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Markdown; empty for a PDF notice' }) body: string;
  @ApiProperty({ description: 'A PDF notice: read it with POST /auth/invite-notice-pdf and the invite token' }) isPdf: boolean;
  @ApiProperty() contentHash: string;
}

export class InvitePreviewDto {
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() tenantName: string;
  @ApiProperty({ type: InviteNoticeDto, nullable: true, description: "The tenant's current privacy notice; null if it has none" })
  notice: InviteNoticeDto | null;
}

/** The notice the sign-up page shows: generated for a new tenant's default settings, before its data exists. */
export class SignupNoticeDto {
  @ApiProperty({ enum: NOTICE_LANGUAGES }) lang: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty() contentHash: string;
}

export class AuthResponseDto {
  @ApiProperty({ description: 'Session token; also set as an httpOnly cookie' }) token: string;
  @ApiProperty({ type: UserDto }) user: UserDto;
  @ApiProperty({ type: TenantDto }) tenant: TenantDto;
}

export class WeakPasswordDetailsDto {
  @ApiProperty({ nullable: true, type: String }) warning: string | null;
  @ApiProperty({ type: [String] }) suggestions: string[];
  @ApiProperty({ minimum: 0, maximum: 4 }) score: number;
}

export const LOCALES = ['en', 'de'] as const;

export class UpdateMeDto {
  @DisplayNameField(true) displayName?: string;
  @ApiPropertyOptional({ enum: LOCALES }) @Optional() @Matches(/^(en|de)$/, { message: 'locale must be en or de' }) locale?: string;
  @ApiPropertyOptional({ description: 'False: colleagues cannot find the caller by name (GET /colleagues)' })
  @Optional()
  @IsBoolean()
  findableByColleagues?: boolean;
}
