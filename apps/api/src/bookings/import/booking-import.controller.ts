import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentPrincipal, Roles } from '../../common/auth/decorators.js';
import type { Principal } from '../../common/context/request-context.js';
import { ImportResultDto } from '../../data-rights/dto/data-rights.dto.js';
import { BookingImportService } from './booking-import.service.js';
import { readImportFile } from './import-file.js';
import { ImportRefusedDto } from './import-problem.dto.js';
import { IMPORT_FIELDS, MAX_IMPORT_ROWS } from './import-rows.js';

@ApiTags('admin')
@Controller('admin/bookings')
@Roles('tenant_admin')
export class BookingImportController {
  constructor(private readonly imports: BookingImportService) {}

  @Post('import')
  @HttpCode(200)
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    description: `Up to ${MAX_IMPORT_ROWS} rows, as a JSON array or CSV with a header line. Fields: ${IMPORT_FIELDS.join(', ')} (deskId, or floorName and deskLabel; userEmail and checkedInAt optional). All or nothing: any bad row rejects the file with per-row errors.`,
    schema: {
      type: 'array',
      items: {
        type: 'object',
        properties: Object.fromEntries(IMPORT_FIELDS.map((f) => [f, { type: 'string' }])),
        required: ['startsAt', 'endsAt'],
      },
    },
  })
  @ApiOkResponse({ type: ImportResultDto })
  @ApiBadRequestResponse({
    type: ImportRefusedDto,
    description: 'VALIDATION_FAILED: nothing was imported; `details` lists each problem with a code',
  })
  async import(@CurrentPrincipal() principal: Principal, @Req() req: Request): Promise<ImportResultDto> {
    // No middleware has read the body: the guards have run, so only a tenant admin gets this far.
    return this.imports.import(principal, await readImportFile(req));
  }
}
