import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../common/auth/decorators.js';
import type { Principal } from '../../common/context/request-context.js';
import { UsersService } from '../users.service.js';
import { NotificationPreferencesDto, UpdateNotificationPreferencesDto } from './notifications.dto.js';

/** The caller's choice of booking mails (Account page, "E-mail notifications"). */
@ApiTags('me')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPreferencesDto })
  get(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferencesDto> {
    return this.users.notificationPreferences(principal);
  }

  @Patch()
  @ApiOkResponse({ type: NotificationPreferencesDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    await this.users.updateNotificationPreferences(principal, dto);
    return this.users.notificationPreferences(principal);
  }
}
