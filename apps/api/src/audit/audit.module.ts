import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditPersonalData } from './audit.personal-data.js';
import { AuditService } from './audit.service.js';
import { SignInAuditService } from './sign-in-audit.service.js';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, SignInAuditService, AuditPersonalData],
  exports: [AuditService, SignInAuditService],
})
export class AuditModule {}
