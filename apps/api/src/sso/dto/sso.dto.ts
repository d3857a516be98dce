import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../common/auth/roles.js';
import { Optional } from '../../common/validation/optional.js';

/** The tenant's single sign-on as its admin sees it; the client secret never leaves the API. */
export class SsoSettingsDto {
  @ApiProperty() enabled: boolean;
  @ApiProperty({ example: 'https://login.microsoftonline.com/<tenant-id>/v2.0' }) issuer: string;
  @ApiProperty() clientId: string;
  @ApiProperty({ description: 'A client secret is stored (sealed); it is never returned' }) hasClientSecret: boolean;
  @ApiProperty({ type: [String], example: ['example.com'] }) domains: string[];
  @ApiProperty({ enum: ROLES, description: 'The role of people created at their first sign-in' }) defaultRole: Role;
  @ApiProperty({ description: 'Members cannot sign in with a password; admins only with a password and 2FA' }) ssoOnly: boolean;
  @ApiProperty({
    description: 'The redirect URI to register at the provider',
    example: 'https://deskbook.example.com/api/auth/sso/callback',
  })
  redirectUri: string;
}

export class UpdateSsoSettingsDto {
  @ApiProperty() @IsBoolean() enabled: boolean;
  @ApiProperty() @IsString() @MaxLength(500) issuer: string;
  @ApiProperty() @IsString() @MaxLength(255) clientId: string;
  @ApiPropertyOptional({ description: 'Leave out (or empty) to keep the stored secret', format: 'password' })
  @Optional()
  @IsString()
  @MaxLength(500)
  clientSecret?: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 260, { each: true })
  domains: string[];
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) defaultRole: Role;
  @ApiProperty() @IsBoolean() ssoOnly: boolean;
}

export class SsoDiscoverQueryDto {
  @ApiProperty({ example: 'anna@example.com' }) @IsString() @MaxLength(254) email: string;
}

export class SsoDiscoveryDto {
  @ApiProperty({ description: "The address's domain belongs to a tenant with single sign-on" }) sso: boolean;
  @ApiPropertyOptional({ example: '/api/auth/sso/acme-1a2b3c/login?login_hint=anna%40example.com' }) loginUrl?: string;
}

export class SsoLoginQueryDto {
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(254) login_hint?: string;
}
