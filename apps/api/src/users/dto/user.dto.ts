import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../../common/auth/roles.js';
import type { User } from '../entities/user.entity.js';

export class UserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: ['en', 'de'] }) locale: string;
  @ApiProperty({ enum: ['active', 'invited'], description: 'invited: has not accepted the invitation yet' })
  status: 'active' | 'invited';
  @ApiProperty({ description: 'Signs in with a second factor (an admin may reset it for them)' }) twoFactorEnabled: boolean;
  @ApiProperty() createdAt: string;
}

/** Built field by field: an entity never leaves the API (it carries the password hash). */
export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    status: user.passwordHash ? 'active' : 'invited',
    twoFactorEnabled: user.totpEnabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}
