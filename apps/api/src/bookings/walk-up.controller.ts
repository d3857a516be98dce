import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { RequiresConsent } from '../consents/consent-gate.service.js';
import { DeskScanDto } from './dto/desk-scan.dto.js';
import { WalkUpService } from './walk-up.service.js';

/** A scanned desk QR code (README "QR check-in and walk-up booking"): a booking feature, behind the consent gate. */
@ApiTags('bookings')
@Controller()
@RequiresConsent()
export class WalkUpController {
  constructor(private readonly walkUp: WalkUpService) {}

  @Get('desks/by-token/:token')
  @ApiOkResponse({ type: DeskScanDto, description: 'Unknown codes and another organization’s codes are the same 404' })
  scan(@CurrentPrincipal() principal: Principal, @Param('token') token: string): Promise<DeskScanDto> {
    return this.walkUp.scan(principal, token);
  }
}
