import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnonymizationRun } from '../anonymization/entities/anonymization-run.entity.js';
import { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { AuthModule } from '../auth/auth.module.js';
import { RecoveryCode } from '../auth/entities/recovery-code.entity.js';
import { Session } from '../auth/entities/session.entity.js';
import { BookingIdempotencyKey } from '../bookings/entities/booking-idempotency-key.entity.js';
import { Booking } from '../bookings/entities/booking.entity.js';
import { Desk } from '../places/entities/desk.entity.js';
import { Floor } from '../places/entities/floor.entity.js';
import { Location } from '../places/entities/location.entity.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { User } from '../users/entities/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { DataExportService } from './data-export.service.js';
import { DataRightsController } from './data-rights.controller.js';
import { ErasureService } from './erasure.service.js';

@Module({
  imports: [
    // TODO(issue 15 merge): data-rights owns no table; remove once export and erasure run the
    // features' personal-data contributors instead of their repositories.
    TypeOrmModule.forFeature([
      User,
      Tenant,
      Session,
      RecoveryCode,
      AuditEvent,
      Location,
      Floor,
      Desk,
      Booking,
      BookingIdempotencyKey,
      AnonymizationRun,
    ]),
    AuthModule,
  ],
  controllers: [DataRightsController],
  providers: [DataExportService, ErasureService, UsersRepository],
  exports: [ErasureService],
})
export class DataRightsModule {}
