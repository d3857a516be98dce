import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantsModule } from '../tenants/tenants.module.js';
import { UsersDataModule } from '../users/users-data.module.js';
import { PrivacyNoticeBody } from './entities/privacy-notice-body.entity.js';
import { PrivacyNoticeVersion } from './entities/privacy-notice-version.entity.js';
import { NoticeAcceptance } from './notice-acceptance.service.js';
import { NoticeLifecycle } from './notice-lifecycle.service.js';
import { NoticeMails } from './notice-mails.service.js';
import { NoticePublisher } from './notice-publisher.service.js';
import { PrivacyNoticesController } from './privacy-notices.controller.js';
import { PrivacyNoticesPersonalData } from './privacy-notices.personal-data.js';
import { PrivacyNoticesRepository } from './privacy-notices.repository.js';
import { PrivacyNoticesService } from './privacy-notices.service.js';

/**
 * Privacy notices (DESIGN.md "Privacy notices and consent"): immutable numbered versions, generated
 * from the live settings or supplied by the tenant (Markdown per language, or a PDF: see
 * privacy-notice-pdfs.module.ts). NoticeLifecycle publishes at sign-up, with settings changes and at start-up.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PrivacyNoticeVersion, PrivacyNoticeBody]), TenantsModule, UsersDataModule],
  controllers: [PrivacyNoticesController],
  providers: [
    PrivacyNoticesRepository,
    NoticeAcceptance,
    NoticePublisher,
    NoticeLifecycle,
    NoticeMails,
    PrivacyNoticesService,
    PrivacyNoticesPersonalData,
  ],
  exports: [PrivacyNoticesRepository, NoticeAcceptance, PrivacyNoticesService],
})
export class PrivacyNoticesModule {}
