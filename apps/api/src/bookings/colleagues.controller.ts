import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { RequiresConsent } from '../consents/consent-gate.service.js';
import { ColleagueSearch } from './colleague-search.service.js';
import { ColleagueBookingDto, ColleagueQueryDto } from './dto/colleague.dto.js';

/** A booking feature like the others: gated by consent to the current privacy notice. */
@ApiTags('bookings')
@Controller('colleagues')
@RequiresConsent()
export class ColleaguesController {
  constructor(private readonly search: ColleagueSearch) {}

  @Get()
  @ApiOkResponse({
    type: [ColleagueBookingDto],
    description: 'Where the people whose name matches sit that day, only as the visibility rules show them; never the caller',
  })
  async find(@CurrentPrincipal() principal: Principal, @Query() query: ColleagueQueryDto): Promise<ColleagueBookingDto[]> {
    const matches = await this.search.find(principal, query.q, query.date);
    return matches.map((m) => ({
      displayName: m.displayName,
      deskId: m.deskId,
      deskLabel: m.deskLabel,
      floorId: m.floorId,
      floorName: m.floorName,
      locationId: m.locationId,
      locationName: m.locationName,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
    }));
  }
}
