import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { DeskBlocksService } from './desk-blocks.service.js';
import { CreateDeskBlockDto, CreateDeskBlockQueryDto, DeskBlockCreatedDto, DeskBlockDto } from './dto/desk-block.dto.js';

const STAFF = ['facility_manager', 'tenant_admin'] as const;

/**
 * Blocks are staff's to see and change; everyone else sees blocked desks as unavailable, with the
 * reason, in the floor's availability.
 */
@ApiTags('bookings')
@Controller()
export class DeskBlocksController {
  constructor(private readonly blocks: DeskBlocksService) {}

  @Post('floors/:id/blocks')
  @Roles(...STAFF)
  @ApiCreatedResponse({ type: DeskBlockCreatedDto })
  @ApiConflictResponse({ description: 'BLOCK_HAS_BOOKINGS: `details.bookings` lists them (desk and time, nobody); nothing is written' })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('id') floorId: string,
    @Body() dto: CreateDeskBlockDto,
    @Query() query: CreateDeskBlockQueryDto,
  ): Promise<DeskBlockCreatedDto> {
    return this.blocks.create(principal, floorId, dto, query.confirm === 'true');
  }

  @Get('floors/:id/blocks')
  @Roles(...STAFF)
  @ApiOkResponse({ type: [DeskBlockDto] })
  list(@Param('id') floorId: string): Promise<DeskBlockDto[]> {
    return this.blocks.list(floorId);
  }

  @Delete('blocks/:id')
  @Roles(...STAFF)
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.blocks.remove(principal, id);
  }
}
