import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { InviteResponseDto, InviteUserDto, ResendInviteResponseDto, UpdateUserDto } from './dto/user-input.dto.js';
import { MemberDirectoryEntryDto, MemberDirectoryQueryDto } from './dto/member-directory.dto.js';
import { UserDto, toUserDto } from './dto/user.dto.js';
import { ErasureService } from '../data-rights/erasure.service.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { mailLink } from '../mail/mail-links.js';
import type { LinkTo } from './invite-mails.service.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
@Roles('tenant_admin')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly erasure: ErasureService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Links in the mails this request causes: PUBLIC_URL, else the origin the admin is using. */
  private linksFor(req: Request): LinkTo {
    return (path) => mailLink(this.config, req, path);
  }

  @Get()
  @ApiOkResponse({ type: [UserDto] })
  async list(): Promise<UserDto[]> {
    return (await this.users.list()).map(toUserDto);
  }

  /** Names of members are not booking data (visibility governs bookings): staff pick whom to book for. Before `:id`. */
  @Get('directory')
  @Roles('facility_manager', 'tenant_admin')
  @ApiOkResponse({ type: [MemberDirectoryEntryDto] })
  async directory(@CurrentPrincipal() principal: Principal, @Query() query: MemberDirectoryQueryDto): Promise<MemberDirectoryEntryDto[]> {
    return (await this.users.directory(principal, query.q)).map((u) => ({ id: u.id, displayName: u.displayName }));
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  async get(@Param('id') id: string): Promise<UserDto> {
    return toUserDto(await this.users.get(id));
  }

  @Post()
  @ApiCreatedResponse({ type: InviteResponseDto })
  async invite(@CurrentPrincipal() actor: Principal, @Body() dto: InviteUserDto, @Req() req: Request): Promise<InviteResponseDto> {
    const { user, inviteToken } = await this.users.invite(actor, dto, this.linksFor(req));
    return { user: toUserDto(user), inviteToken };
  }

  /**
   * Answers with the new token (not 204 as first sketched in API.md): without SMTP the admin still
   * needs a link to copy, and POST /users hands out its token the same way.
   */
  @Post(':id/resend-invite')
  @HttpCode(200)
  @ApiOkResponse({ type: ResendInviteResponseDto })
  async resendInvite(@CurrentPrincipal() actor: Principal, @Param('id') id: string, @Req() req: Request): Promise<ResendInviteResponseDto> {
    const { inviteToken } = await this.users.resendInvite(actor, id, this.linksFor(req));
    return { inviteToken };
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  async update(@CurrentPrincipal() actor: Principal, @Param('id') id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return toUserDto(await this.users.update(actor, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Erasure: bookings anonymized, future ones cancelled, sessions and 2FA removed, account deleted' })
  async remove(@CurrentPrincipal() actor: Principal, @Param('id') id: string): Promise<void> {
    await this.erasure.erase(actor, id);
  }
}
