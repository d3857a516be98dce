import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../../common/auth/roles.js';

export class ConsentStatusDto {
  @ApiProperty({ description: 'True when the caller must accept the current notice before booking' }) required: boolean;
  @ApiProperty({ nullable: true, type: String }) currentVersionId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The version the caller accepted last and has not withdrawn' })
  acceptedVersionId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) acceptedAt: string | null;
}

export class MeDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() tenantId: string;
  @ApiProperty() tenantName: string;
  @ApiProperty({ enum: ['en', 'de'] }) locale: string;
  @ApiProperty() totpEnabled: boolean;
  @ApiProperty({ description: 'How many passkeys the person has; a passkey counts as two factors for the 2FA policy' }) passkeys: number;
  @ApiProperty({ description: 'Colleagues may find this person by name (GET /colleagues), within the visibility rules' })
  findableByColleagues: boolean;
  @ApiProperty({ description: 'The tenant requires 2FA for this user and they have not set it up yet' }) totpEnrollmentRequired: boolean;
  @ApiProperty({ type: ConsentStatusDto }) consent: ConsentStatusDto;
}
