import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnonymizationModule } from '../anonymization/anonymization.module.js';
import { AnonymizationRun } from '../anonymization/entities/anonymization-run.entity.js';
import { AuthModule } from '../auth/auth.module.js';
import { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { Booking } from '../bookings/entities/booking.entity.js';
import { Desk } from '../places/entities/desk.entity.js';
import { Floor } from '../places/entities/floor.entity.js';
import { Location } from '../places/entities/location.entity.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { User } from '../users/entities/user.entity.js';
import { UsersDataModule } from '../users/users-data.module.js';
import { DataExportService } from './data-export.service.js';
import { DataRightsController } from './data-rights.controller.js';
import { ErasureService } from './erasure.service.js';
import { TenantExportService } from './tenant-export.service.js';

@Module({
  imports: [
    // TODO(issue 15): the tenant export (tenant-export.service.ts) still reads every feature's table
    // itself, page by page; it should read through the features' exported repositories.
    TypeOrmModule.forFeature([User, Tenant, AuditEvent, Location, Floor, Desk, Booking, AnonymizationRun]),
    AnonymizationModule,
    AuthModule,
    BookingsModule,
    TenantsModule,
    UsersDataModule,
  ],
  controllers: [DataRightsController],
  providers: [DataExportService, TenantExportService, ErasureService],
  exports: [ErasureService],
})
export class DataRightsModule {}
