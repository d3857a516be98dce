import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DatabaseConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source-options.js';
import { Dialect } from './dialect.js';
import { TransactionRunner } from './transaction-runner.js';
import { WalCheckpointer } from './wal-checkpointer.js';
import { WriteGeneration } from './write-generation.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(db: DatabaseConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        // Migrations run before the app accepts requests; `npm run migrate` does the same alone.
        // Entities: those the feature modules register with TypeOrmModule.forFeature (principle 12).
        TypeOrmModule.forRoot({
          ...dataSourceOptions(db),
          autoLoadEntities: true,
          migrationsRun: true,
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
      providers: [TransactionRunner, WriteGeneration, Dialect, WalCheckpointer],
      exports: [TransactionRunner, WriteGeneration, Dialect],
    };
  }
}
