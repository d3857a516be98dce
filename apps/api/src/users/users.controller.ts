import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { InviteResponseDto, InviteUserDto, UpdateUserDto } from './dto/user-input.dto.js';
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
