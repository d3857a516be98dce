import { Body, Controller, Get, Patch } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Repository } from 'typeorm';
import { UpdateMeDto } from '../../auth/dto/auth.dto.js';
import { AllowedBeforeTotpEnrollment, CurrentPrincipal } from '../../common/auth/decorators.js';
import type { Principal } from '../../common/context/request-context.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { User } from '../entities/user.entity.js';
import { MeDto } from './me.dto.js';

@ApiTags('me')
@Controller('me')
@AllowedBeforeTotpEnrollment()
export class MeController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
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
    if (Object.keys(changes).length)
      await this.tx.run((m) => m.update(User, { id: principal.userId, tenantId: principal.tenantId }, changes));
    return this.load(principal);
  }

  private async load(principal: Principal): Promise<MeDto> {
    // One query: the person and their tenant's name (the web app asks on every page load).
    const user = await this.users.findOneOrFail({
      where: { id: principal.userId, tenantId: principal.tenantId },
      relations: { tenant: true },
      select: {
        id: true,
        email: true,
        displayName: true,
        role: true,
        tenantId: true,
        locale: true,
        totpEnabledAt: true,
        tenant: { id: true, name: true },
      },
    });
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      tenantId: user.tenantId,
      tenantName: user.tenant!.name,
      locale: user.locale,
      totpEnabled: user.totpEnabledAt !== null,
      totpEnrollmentRequired: principal.totpEnrollmentRequired,
      // Privacy notices and consent arrive with their own issue.
      consent: { required: false, currentVersionId: null, acceptedVersionId: null },
    };
  }
}
