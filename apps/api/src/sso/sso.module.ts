import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { UsersDataModule } from '../users/users-data.module.js';
import { SsoAuthController } from './sso-auth.controller.js';
import { SsoDataModule } from './sso-data.module.js';
import { SsoLoginService } from './sso-login.service.js';
import { SsoPersonalData } from './sso.personal-data.js';
import { SsoSettingsController } from './sso-settings.controller.js';
import { SsoSettingsService } from './sso-settings.service.js';

/** Single sign-on with OpenID Connect, one provider per tenant (issue 19). */
@Module({
  imports: [SsoDataModule, AuthModule, AuditModule, TenantsModule, UsersDataModule],
  controllers: [SsoAuthController, SsoSettingsController],
  providers: [SsoSettingsService, SsoLoginService, SsoPersonalData],
  exports: [SsoSettingsService],
})
export class SsoModule {}
