import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DatabaseConfig } from '../config/config.js';
import { privacyNoticePdfSchema } from './entities/privacy-notice-pdf.entity.js';

/**
 * Registers the PDF notices' table, whose column type depends on the dialect. A module of its own
 * for the reason floor-plans.module.ts gives: PrivacyNoticesModule stays static, so the modules
 * that import it share one instance. The notices read and write the table by name ('PrivacyNoticePdf').
 */
@Module({})
export class PrivacyNoticePdfsModule {
  static forDialect(dialect: DatabaseConfig['type']): DynamicModule {
    return { module: PrivacyNoticePdfsModule, imports: [TypeOrmModule.forFeature([privacyNoticePdfSchema(dialect)])] };
  }
}
