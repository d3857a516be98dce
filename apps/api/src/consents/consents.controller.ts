import { Body, Controller, Delete, Get, HttpCode, NotImplementedException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/decorators.js';
import { ErrorDto } from '../common/errors/error-response.js';
import { ConsentDto, ConsentReportDto, ConsentReportQueryDto, GiveConsentDto } from './dto/consent.dto.js';

/** API.md "Privacy notices and consent": giving and withdrawing consent, and the admins' report. */
@ApiTags('privacy')
@Controller()
export class ConsentsController {
  @Post('consents')
  @ApiCreatedResponse({ type: ConsentDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'NOT_CURRENT_VERSION: a newer version was published meanwhile' })
  give(@Body() _body: GiveConsentDto): Promise<ConsentDto> {
    throw new NotImplementedException();
  }

  @Delete('consents/current')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn; booking asks for consent again' })
  withdraw(): Promise<void> {
    throw new NotImplementedException();
  }

  @Get('privacy-notice/versions/:id/consents')
  @Roles('tenant_admin')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ConsentReportDto, description: '`?format=csv`: the records as CSV' })
  report(@Param('id', ParseUUIDPipe) _id: string, @Query() _query: ConsentReportQueryDto): Promise<ConsentReportDto> {
    throw new NotImplementedException();
  }
}
