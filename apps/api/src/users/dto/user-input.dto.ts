import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.js';
import { ROLES, type Role } from '../../common/auth/roles.js';
import { UserDto } from './user.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normalizeEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** Reusable field decorators, so every DTO validates e-mails and names the same way. */
export const EmailField = () =>
  applyDecorators(
    ApiProperty({ example: 'anna.schmidt@example.com', maxLength: 254 }),
    Transform(normalizeEmail),
    IsEmail({}, { message: 'email must be a valid e-mail address' }),
    MaxLength(254),
  );

export const DisplayNameField = (optional = false) =>
  applyDecorators(
    (optional ? ApiPropertyOptional : ApiProperty)({ example: 'Anna Schmidt', minLength: 1, maxLength: 120 }),
    Transform(trim),
    ...(optional ? [Optional()] : []),
    IsString(),
    Length(1, 120, { message: 'displayName must be 1 to 120 characters' }),
  );

export class InviteUserDto {
  @EmailField() email: string;
  @DisplayNameField() displayName: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;
}

export class InviteResponseDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
  @ApiProperty({ description: 'Single use, valid 7 days; give it to the person as an invite link' }) inviteToken: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES }) @Optional() @IsIn(ROLES) role?: Role;
  @DisplayNameField(true) displayName?: string;
}

export class ResendInviteResponseDto {
  @ApiProperty({ description: 'The new invitation (earlier links no longer work): single use, valid 7 days; mailed to the person too' })
  inviteToken: string;
}
