import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersDataModule } from '../users/users-data.module.js';
import { AuditController } from './audit.controller.js';
import { AuditPersonalData } from './audit.personal-data.js';
import { AuditEvent } from './entities/audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { SignInAuditService } from './sign-in-audit.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent]), UsersDataModule],
  controllers: [AuditController],
  providers: [AuditService, SignInAuditService, AuditPersonalData],
  exports: [AuditService, SignInAuditService],
})
export class AuditModule {}
