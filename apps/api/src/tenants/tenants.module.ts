import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Tenant } from './entities/tenant.entity.js';
import { TenantSettingsController } from './tenant-settings.controller.js';
import { TenantSettingsService } from './tenant-settings.service.js';
import { TenantHooks } from './tenant-hooks.service.js';
import { TenantsRepository } from './tenants.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([Tenant])],
  controllers: [TenantSettingsController],
  providers: [TenantSettingsService, TenantsRepository, TenantHooks],
  exports: [TenantSettingsService, TenantsRepository, TenantHooks],
})
export class TenantsModule {}
