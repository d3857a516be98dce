import { Module, type DynamicModule } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Logger } from 'pino';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { AnonymizationModule } from './anonymization/anonymization.module.js';
import { DataRightsModule } from './data-rights/data-rights.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { LoggerModule } from './common/logging/logger.module.js';
import { MailModule } from './mail/mail.module.js';
import { PersonalDataModule } from './common/personal-data/personal-data.module.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { BookingsModule } from './bookings/bookings.module.js';
import { FloorPlansModule } from './places/floor-plans.module.js';
import { PlacesModule } from './places/places.module.js';
import { PrivacyNoticePdfsModule } from './privacy-notices/privacy-notice-pdfs.module.js';
import { PrivacyNoticesModule } from './privacy-notices/privacy-notices.module.js';
import { ConsentsModule } from './consents/consents.module.js';
import { ComplianceModule } from './compliance/compliance.module.js';
import { TenantsModule } from './tenants/tenants.module.js';
import { UsersModule } from './users/users.module.js';

/** Wires the feature modules; no logic. Built from the validated config, so tests can vary it. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(logger),
        DatabaseModule.forRoot(config.database),
        JobsModule.forRoot(config),
        // Applied to /auth/* only (AuthRateLimitGuard); generous, because a whole office may share one IP.
        // No throttler headers: the 429 carries a standard Retry-After (see AuthRateLimitGuard).
        ThrottlerModule.forRoot({ throttlers: [{ name: 'auth', ttl: 60_000, limit: config.authRateLimitPerMinute }], setHeaders: false }),
        HealthModule,
        PersonalDataModule,
        AuditModule,
        MailModule,
        AuthModule,
        UsersModule,
        TenantsModule,
        PlacesModule,
        FloorPlansModule.forDialect(config.database.type),
        BookingsModule,
        AnonymizationModule,
        DataRightsModule,
        PrivacyNoticesModule,
        PrivacyNoticePdfsModule.forDialect(config.database.type),
        ConsentsModule,
        ComplianceModule,
        AnalyticsModule,
      ],
    };
  }
}
