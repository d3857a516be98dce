import { Body, Controller, Get, NotImplementedException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Roles } from '../common/auth/decorators.js';
import {
  CurrentNoticeDto,
  CurrentNoticeQueryDto,
  NoticeLanguageQueryDto,
  NoticePreviewDto,
  NoticeVersionDto,
  PublishNoticeDto,
} from './dto/privacy-notice.dto.js';

/** API.md "Privacy notices and consent". Reading the notice always works, also while consent is missing. */
@ApiTags('privacy')
@ApiExtraModels(PublishNoticeDto)
@Controller('privacy-notice')
export class PrivacyNoticesController {
  @Get('current')
  @ApiOkResponse({ type: CurrentNoticeDto, description: '404 NO_NOTICE when the tenant has none' })
  current(@Query() _query: CurrentNoticeQueryDto): Promise<CurrentNoticeDto> {
    throw new NotImplementedException();
  }

  @Get('preview')
  @Roles('tenant_admin')
  @ApiOkResponse({ type: NoticePreviewDto })
  preview(@Query() _query: NoticeLanguageQueryDto): Promise<NoticePreviewDto> {
    throw new NotImplementedException();
  }

  @Get('versions')
  @Roles('tenant_admin')
  @ApiOkResponse({ type: [NoticeVersionDto], description: 'Newest first' })
  versions(@Query() _query: NoticeLanguageQueryDto): Promise<NoticeVersionDto[]> {
    throw new NotImplementedException();
  }

  @Post('versions')
  @Roles('tenant_admin')
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(PublishNoticeDto) },
        {
          type: 'object',
          required: ['file'],
          properties: {
            file: { type: 'string', format: 'binary', description: 'A PDF, at most 10 MB' },
            changeSummary: { type: 'string' },
          },
        },
      ],
    },
  })
  @ApiCreatedResponse({ type: NoticeVersionDto })
  publish(@Body() _body: PublishNoticeDto): Promise<NoticeVersionDto> {
    throw new NotImplementedException();
  }

  @Get('versions/:id/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF of a PDF notice (attachment, nosniff, sandboxing CSP)' })
  pdf(@Param('id', ParseUUIDPipe) _id: string): Promise<void> {
    throw new NotImplementedException();
  }
}
