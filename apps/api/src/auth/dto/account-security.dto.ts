import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';

export class ReauthenticateDto {
  @ApiProperty({ format: 'password', description: 'The current password (re-authentication)' })
  @IsString()
  @Length(1, 1024)
  password: string;
}

export class TotpSetupDto {
  @ApiProperty({ example: 'otpauth://totp/Deskbook:anna%40example.com?secret=…&issuer=Deskbook' }) otpauthUrl: string;
  @ApiProperty({ description: 'PNG data URL of the QR code of otpauthUrl' }) qrCodeDataUrl: string;
  @ApiProperty({ description: 'Base32 key for typing into the app by hand' }) secret: string;
}

export class TotpCodeDto {
  @ApiProperty({ example: '123456', description: 'Six-digit code from the authenticator app' })
  @IsString()
  @Length(6, 32)
  code: string;
}

/** Re-authentication for changing 2FA itself: the password and a second factor. */
class PasswordAndCodeDto {
  @ApiProperty({ format: 'password' }) @IsString() @Length(1, 1024) password: string;
  @ApiProperty({ description: 'Six-digit code or an unused recovery code' }) @IsString() @Length(6, 32) code: string;
}

export class DisableTotpDto extends PasswordAndCodeDto {}

export class RegenerateRecoveryCodesDto extends PasswordAndCodeDto {}

export class RecoveryCodesLeftDto {
  @ApiProperty({ description: 'Recovery codes not used yet', minimum: 0 }) remaining: number;
}

export class RecoveryCodesDto {
  @ApiProperty({ type: [String], description: 'Single-use codes, shown only now' }) recoveryCodes: string[];
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' }) @IsString() @Length(1, 1024) currentPassword: string;
  @ApiProperty({ format: 'password', minLength: 8, maxLength: 128 })
  @IsString()
  @MaxLength(128, { message: 'newPassword must be at most 128 characters' })
  newPassword: string;
}

export class SessionDto {
  @ApiProperty() id: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() lastUsedAt: string;
  @ApiProperty({ nullable: true, type: String }) userAgent: string | null;
  @ApiProperty({ description: 'The session this request was made with' }) current: boolean;
}
