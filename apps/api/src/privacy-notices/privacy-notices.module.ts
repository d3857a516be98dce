import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantsModule } from '../tenants/tenants.module.js';
import { PrivacyNoticeBody } from './entities/privacy-notice-body.entity.js';
import { PrivacyNoticeVersion } from './entities/privacy-notice-version.entity.js';
import { NoticeAcceptance } from './notice-acceptance.service.js';
import { PrivacyNoticesController } from './privacy-notices.controller.js';
import { PrivacyNoticesRepository } from './privacy-notices.repository.js';

/**
 * Privacy notices (DESIGN.md "Privacy notices and consent"): immutable numbered versions, generated
 * from the live settings or supplied by the tenant (Markdown per language, or a PDF: see
 * privacy-notice-pdfs.module.ts).
 */
@Module({
  imports: [TypeOrmModule.forFeature([PrivacyNoticeVersion, PrivacyNoticeBody]), TenantsModule],
  controllers: [PrivacyNoticesController],
  providers: [PrivacyNoticesRepository, NoticeAcceptance],
  exports: [PrivacyNoticesRepository, NoticeAcceptance],
})
export class PrivacyNoticesModule {}
