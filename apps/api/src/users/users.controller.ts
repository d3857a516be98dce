import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { InviteResponseDto, InviteUserDto, ResendInviteResponseDto, UpdateUserDto } from './dto/user-input.dto.js';
import { MemberDirectoryEntryDto, MemberDirectoryQueryDto } from './dto/member-directory.dto.js';
import { UserDto, toUserDto } from './dto/user.dto.js';
import { ErasureService } from '../data-rights/erasure.service.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
@Roles('tenant_admin')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly erasure: ErasureService,
  ) {}

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
  async invite(@CurrentPrincipal() actor: Principal, @Body() dto: InviteUserDto): Promise<InviteResponseDto> {
    const { user, inviteToken } = await this.users.invite(actor, dto);
    return { user: toUserDto(user), inviteToken };
  }

  /**
   * Answers with the new token (not 204 as first sketched in API.md): without SMTP the admin still
   * needs a link to copy, and POST /users hands out its token the same way.
   */
  @Post(':id/resend-invite')
  @HttpCode(200)
  @ApiOkResponse({ type: ResendInviteResponseDto })
  async resendInvite(@CurrentPrincipal() actor: Principal, @Param('id') id: string): Promise<ResendInviteResponseDto> {
    const { inviteToken } = await this.users.resendInvite(actor, id);
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
