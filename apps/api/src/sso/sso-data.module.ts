import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantsModule } from '../tenants/tenants.module.js';
import { SsoConnection } from './entities/sso-connection.entity.js';
import { SsoDomain } from './entities/sso-domain.entity.js';
import { SsoLink } from './entities/sso-link.entity.js';
import { SsoPasswordPolicy } from './sso-password-policy.service.js';
import { SsoRepository } from './sso.repository.js';

/**
 * The SSO tables and the "SSO only" password rule, without the sign-in flow: auth imports this
 * module for the rule, while SsoModule (the flow) imports auth for sessions.
 */
@Module({
  imports: [TypeOrmModule.forFeature([SsoConnection, SsoDomain, SsoLink]), TenantsModule],
  providers: [SsoRepository, SsoPasswordPolicy],
  exports: [SsoRepository, SsoPasswordPolicy],
})
export class SsoDataModule {}
