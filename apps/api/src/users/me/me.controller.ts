import { Body, Controller, Get, Patch } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Repository } from 'typeorm';
import { UpdateMeDto } from '../../auth/dto/auth.dto.js';
import { AllowedBeforeTotpEnrollment, CurrentPrincipal } from '../../common/auth/decorators.js';
import type { Principal } from '../../common/context/request-context.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { Tenant } from '../../tenants/entities/tenant.entity.js';
import { User } from '../entities/user.entity.js';
import { MeDto } from './me.dto.js';

@ApiTags('me')
@Controller('me')
@AllowedBeforeTotpEnrollment()
export class MeController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    private readonly tx: TransactionRunner,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.load(principal);
  }

  @Patch()
  @ApiOkResponse({ type: MeDto })
  async update(@CurrentPrincipal() principal: Principal, @Body() dto: UpdateMeDto): Promise<MeDto> {
    const changes: Partial<User> = {};
    if (dto.displayName !== undefined) changes.displayName = dto.displayName;
    if (dto.locale !== undefined) changes.locale = dto.locale;
    if (Object.keys(changes).length) await this.tx.run((m) => m.update(User, { id: principal.userId, tenantId: principal.tenantId }, changes));
    return this.load(principal);
  }

  private async load(principal: Principal): Promise<MeDto> {
    const user = await this.users.findOneByOrFail({ id: principal.userId, tenantId: principal.tenantId });
    const tenant = await this.tenants.findOneByOrFail({ id: principal.tenantId });
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      tenantId: user.tenantId,
      tenantName: tenant.name,
      locale: user.locale,
      totpEnabled: user.totpEnabledAt !== null,
      totpEnrollmentRequired: principal.totpEnrollmentRequired,
      // Privacy notices and consent arrive with their own issue.
      consent: { required: false, currentVersionId: null, acceptedVersionId: null },
    };
  }
}
