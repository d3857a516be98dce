import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/entities/user.entity.js';
import { AuditController } from './audit.controller.js';
import { AuditEvent } from './entities/audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { SignInAuditService } from './sign-in-audit.service.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([AuditEvent]),
    // TODO(issue 15 merge): remove once audit.service.ts reads names through UsersRepository.displayNames.
    TypeOrmModule.forFeature([User]),
  ],
  controllers: [AuditController],
  providers: [AuditService, SignInAuditService],
  exports: [AuditService, SignInAuditService],
})
export class AuditModule {}
