import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';

/** Not only spaces: a name people can tell apart in the list. */
const VISIBLE = /\S/;

export class PasskeyOptionsRequestDto {
  @ApiPropertyOptional({ format: 'password', description: 'The current password; required when the person has one' })
  @IsOptional()
  @IsString()
  @Length(1, 1024)
  password?: string;
}

const WEBAUTHN_JSON = 'The WebAuthn JSON as @simplewebauthn/browser returns it';

export class PasskeyCreationOptionsDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'PublicKeyCredentialCreationOptionsJSON, for startRegistration' })
  options: Record<string, unknown>;
}

export class PasskeyRequestOptionsDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'PublicKeyCredentialRequestOptionsJSON, for startAuthentication',
  })
  options: Record<string, unknown>;
}

export class PasskeyNameDto {
  @ApiProperty({ example: 'Work laptop', minLength: 1, maxLength: 64 })
  @IsString()
  @Length(1, 64)
  @Matches(VISIBLE, { message: 'name must not be blank' })
  name: string;
}

export class AddPasskeyDto extends PasskeyNameDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: `RegistrationResponseJSON. ${WEBAUTHN_JSON}` })
  @IsObject()
  response: RegistrationResponseJSON;
}

export class PasskeySignInDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: `AuthenticationResponseJSON. ${WEBAUTHN_JSON}` })
  @IsObject()
  response: AuthenticationResponseJSON;
}

export class PasskeyDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastUsedAt: string | null;
  @ApiProperty({ description: 'Synced to other devices (e.g. by a password manager)' }) backedUp: boolean;
}
