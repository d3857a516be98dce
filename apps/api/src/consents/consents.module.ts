import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PrivacyNoticesModule } from '../privacy-notices/privacy-notices.module.js';
import { UsersDataModule } from '../users/users-data.module.js';
import { ConsentGate } from './consent-gate.service.js';
import { ConsentsController } from './consents.controller.js';
import { ConsentsPersonalData } from './consents.personal-data.js';
import { ConsentsRepository } from './consents.repository.js';
import { ConsentsService } from './consents.service.js';
import { Consent } from './entities/consent.entity.js';

/**
 * Consent to the current privacy notice: records, withdrawal, the report, and the gate before booking.
 * Booking features import this module for `@RequiresConsent()` (ConsentGate needs ConsentsService).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Consent]), PrivacyNoticesModule, UsersDataModule],
  controllers: [ConsentsController],
  providers: [ConsentsRepository, ConsentsService, ConsentGate, ConsentsPersonalData],
  exports: [ConsentsRepository, ConsentsService, ConsentGate],
})
export class ConsentsModule {}
