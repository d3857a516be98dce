import { Module } from '@nestjs/common';
import { AnonymizationModule } from '../anonymization/anonymization.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { BookingsDataModule } from '../bookings/bookings-data.module.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { ConsentsModule } from '../consents/consents.module.js';
import { PlacesModule } from '../places/places.module.js';
import { SsoModule } from '../sso/sso.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { UsersDataModule } from '../users/users-data.module.js';
import { DataExportService } from './data-export.service.js';
import { DataRightsController } from './data-rights.controller.js';
import { ErasureService } from './erasure.service.js';
import { TenantExportService } from './tenant-export.service.js';

@Module({
  imports: [
    AnonymizationModule,
    AuthModule,
    BookingsDataModule,
    BookingsModule,
    ConsentsModule,
    PlacesModule,
    SsoModule,
    TenantsModule,
    UsersDataModule,
  ],
  controllers: [DataRightsController],
  providers: [DataExportService, TenantExportService, ErasureService],
  exports: [ErasureService],
})
export class DataRightsModule {}
