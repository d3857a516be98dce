import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { UsersRepository } from '../users/users.repository.js';
import { DataExportService } from './data-export.service.js';
import { DataRightsController } from './data-rights.controller.js';
import { ErasureService } from './erasure.service.js';

@Module({
  imports: [AuthModule, BookingsModule],
  controllers: [DataRightsController],
  providers: [DataExportService, ErasureService, UsersRepository],
  exports: [ErasureService],
})
export class DataRightsModule {}
