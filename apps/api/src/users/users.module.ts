import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ConsentsModule } from '../consents/consents.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { DataRightsModule } from '../data-rights/data-rights.module.js';
import { MailStatusController } from './mail-status.controller.js';
import { MeController } from './me/me.controller.js';
import { NotificationsController } from './me/notifications.controller.js';
import { UsersController } from './users.controller.js';
import { UsersDataModule } from './users-data.module.js';
import { UsersPersonalData } from './users.personal-data.js';
import { UsersService } from './users.service.js';
import { InviteMails } from './invite-mails.service.js';

@Module({
  imports: [UsersDataModule, TenantsModule, DataRightsModule, ConsentsModule, AuthModule],
  controllers: [UsersController, MeController, NotificationsController, MailStatusController],
  providers: [UsersService, UsersPersonalData, InviteMails],
  exports: [UsersService],
})
export class UsersModule {}
