import { Module } from '@nestjs/common';
import { AnonymizationController } from './anonymization.controller.js';
import { AnonymizationJobs } from './anonymization.jobs.js';
import { AnonymizationService } from './anonymization.service.js';

@Module({
  controllers: [AnonymizationController],
  providers: [AnonymizationService, AnonymizationJobs],
  exports: [AnonymizationService],
})
export class AnonymizationModule {}
