import { Controller, Get, NotImplementedException, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Roles } from '../common/auth/decorators.js';

export class ComplianceDocumentQueryDto {
  @ApiPropertyOptional({ enum: ['en', 'de'] }) @IsOptional() @IsIn(['en', 'de']) lang?: 'en' | 'de';
  @ApiPropertyOptional({ enum: ['md', 'pdf'] }) @IsOptional() @IsIn(['md', 'pdf']) format?: 'md' | 'pdf';
}

/** API.md: compliance documents generated from the live settings, for tenant admins. */
@ApiTags('admin')
@Controller('admin/compliance')
@Roles('tenant_admin')
export class ComplianceController {
  @Get('processing-record')
  @ApiProduces('text/markdown', 'application/pdf')
  @ApiOkResponse({ description: 'The Art. 30 record of processing for desk booking' })
  processingRecord(@Query() _query: ComplianceDocumentQueryDto): Promise<void> {
    throw new NotImplementedException();
  }

  @Get('toms')
  @ApiProduces('text/markdown', 'application/pdf')
  @ApiOkResponse({ description: 'Technical and organisational measures (Art. 32)' })
  toms(@Query() _query: ComplianceDocumentQueryDto): Promise<void> {
    throw new NotImplementedException();
  }
}
