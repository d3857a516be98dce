import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
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
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../common/auth/decorators.js';
import type { Principal } from '../common/context/request-context.js';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import { createValidationPipe } from '../common/validation/validation.pipe.js';
import {
  CurrentNoticeDto,
  CurrentNoticeQueryDto,
  MAX_NOTICE_PDF_BYTES,
  NoticeLanguageQueryDto,
  NoticePreviewDto,
  NoticeVersionDto,
  PublishNoticeDto,
} from './dto/privacy-notice.dto.js';
import { checkChangeSummary, checkNoticePdf } from './notice-drafts.js';
import { sendNoticePdf } from './notice-pdf-response.js';
import { PrivacyNoticesService } from './privacy-notices.service.js';

/** The JSON publication is validated here, after it is known not to be a PDF upload (multipart). */
const publishBodyPipe = createValidationPipe();

/** API.md "Privacy notices and consent". Reading the notice always works, also while consent is missing. */
@ApiTags('privacy')
@ApiExtraModels(PublishNoticeDto)
@Controller('privacy-notice')
export class PrivacyNoticesController {
  constructor(private readonly notices: PrivacyNoticesService) {}

  @Get('current')
  @ApiOkResponse({ type: CurrentNoticeDto, description: '404 NO_NOTICE when the tenant has none' })
  current(@CurrentPrincipal() principal: Principal, @Query() query: CurrentNoticeQueryDto): Promise<CurrentNoticeDto> {
    return this.notices.current(principal.tenantId, query.lang, query.since);
  }

  @Get('preview')
  @Roles('tenant_admin')
  @ApiOkResponse({ type: NoticePreviewDto })
  preview(@CurrentPrincipal() principal: Principal, @Query() query: NoticeLanguageQueryDto): Promise<NoticePreviewDto> {
    return this.notices.preview(principal.tenantId, query.lang);
  }

  @Get('versions')
  @Roles('tenant_admin')
  @ApiOkResponse({ type: [NoticeVersionDto], description: 'Newest first' })
  versions(@CurrentPrincipal() principal: Principal, @Query() query: NoticeLanguageQueryDto): Promise<NoticeVersionDto[]> {
    return this.notices.versions(principal.tenantId, query.lang);
  }

  /**
   * JSON or a multipart PDF upload. The roles guard runs before the interceptor reads the upload, so
   * only a tenant admin can make the API read up to 10 MB.
   */
  @Post('versions')
  @Roles('tenant_admin')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_NOTICE_PDF_BYTES, files: 1, fields: 4 } }))
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
            changeSummary: { type: 'string', maxLength: 500 },
          },
        },
      ],
    },
  })
  @ApiCreatedResponse({ type: NoticeVersionDto })
  async publish(
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Body() body: Record<string, unknown>,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<NoticeVersionDto> {
    if (req.is('multipart/form-data')) {
      if (!file) throw new ValidationFailedError([{ field: 'file', messages: ['Send the PDF as multipart field "file"'] }]);
      const summary = checkChangeSummary(body?.changeSummary);
      return this.notices.publishPdf(principal, await checkNoticePdf(file.buffer), summary);
    }
    const dto = (await publishBodyPipe.transform(body, { type: 'body', metatype: PublishNoticeDto })) as PublishNoticeDto;
    return this.notices.publish(principal, dto);
  }

  @Get('versions/:id/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF of a PDF notice (inline, nosniff, sandboxing CSP); 404 for other notices' })
  async pdf(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    sendNoticePdf(res, await this.notices.pdf(principal.tenantId, id));
  }
}
