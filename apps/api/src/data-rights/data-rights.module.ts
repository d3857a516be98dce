import { Module } from '@nestjs/common';
import { AnonymizationModule } from '../anonymization/anonymization.module.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { UsersRepository } from '../users/users.repository.js';
import { DataExportService } from './data-export.service.js';
import { DataRightsController } from './data-rights.controller.js';
import { ErasureService } from './erasure.service.js';
import { TenantExportService } from './tenant-export.service.js';

@Module({
  imports: [AnonymizationModule, BookingsModule],
  controllers: [DataRightsController],
  providers: [DataExportService, TenantExportService, ErasureService, UsersRepository],
  exports: [ErasureService],
})
export class DataRightsModule {}
