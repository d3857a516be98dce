import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/decorators.js';
import { Mailer } from '../mail/mailer.service.js';

export class MailStatusDto {
  @ApiProperty({ description: 'False: SMTP_URL is not set, invitations are not mailed (admins copy the link instead)' })
  configured: boolean;
}

/** Whether this server sends mail, for the Users page (a server setting: no tenant's business). */
@ApiTags('users')
@Controller('admin/mail-status')
@Roles('tenant_admin')
export class MailStatusController {
  constructor(private readonly mailer: Mailer) {}

  @Get()
  @ApiOkResponse({ type: MailStatusDto })
  status(): MailStatusDto {
    return { configured: this.mailer.configured };
  }
}
