import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { RequiresConsent } from '../consents/consent-gate.service.js';
import { FavouriteDeskDto, UsualDeskDto } from './dto/favourite.dto.js';
import { FavouritesService } from './favourites.service.js';

/**
 * A person's favourite desks and usual desk (README "Favourites and the usual desk"):
 * - `GET /me/favourites` → `[{ deskId, label, floorId, floorName, locationId, locationName, usual }]`
 * - `PUT /me/favourites/:deskId` 204 (idempotent; 404 for a desk not of the tenant), `DELETE` 204
 * - `PUT /me/usual-desk { deskId }` 204: a favourite and the only usual one; `DELETE /me/usual-desk` 204
 * Booking features: gated by consent to the current privacy notice.
 */
@ApiTags('bookings')
@Controller('me')
@RequiresConsent()
export class FavouritesController {
  constructor(private readonly favourites: FavouritesService) {}

  @Get('favourites')
  @ApiOkResponse({ type: [FavouriteDeskDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<FavouriteDeskDto[]> {
    return this.favourites.list(principal);
  }

  @Put('favourites/:deskId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async add(@CurrentPrincipal() principal: Principal, @Param('deskId') deskId: string): Promise<void> {
    await this.favourites.add(principal, deskId);
  }

  @Delete('favourites/:deskId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentPrincipal() principal: Principal, @Param('deskId') deskId: string): Promise<void> {
    await this.favourites.remove(principal, deskId);
  }

  @Put('usual-desk')
  @HttpCode(204)
  @ApiNoContentResponse()
  async setUsual(@CurrentPrincipal() principal: Principal, @Body() dto: UsualDeskDto): Promise<void> {
    await this.favourites.setUsual(principal, dto.deskId);
  }

  @Delete('usual-desk')
  @HttpCode(204)
  @ApiNoContentResponse()
  async clearUsual(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.favourites.clearUsual(principal);
  }
}
