import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PrivacyNoticesModule } from '../privacy-notices/privacy-notices.module.js';
import { ConsentsController } from './consents.controller.js';
import { Consent } from './entities/consent.entity.js';

/** Consent to the current privacy notice: records, withdrawal, the report, and the gate before booking. */
@Module({
  imports: [TypeOrmModule.forFeature([Consent]), PrivacyNoticesModule],
  controllers: [ConsentsController],
  providers: [],
  exports: [],
})
export class ConsentsModule {}
