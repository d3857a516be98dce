import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsDataModule } from '../bookings/bookings-data.module.js';
import { PlacesModule } from '../places/places.module.js';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsJobs } from './analytics.jobs.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { AnalyticsService } from './analytics.service.js';
import { UtilizationDay } from './entities/utilization-day.entity.js';
import { UtilizationDeskDay } from './entities/utilization-desk-day.entity.js';
import { UtilizationDeskMonth } from './entities/utilization-desk-month.entity.js';
import { UtilizationRefresh } from './entities/utilization-refresh.entity.js';
import { UtilizationRollup } from './utilization-rollup.service.js';

/** Utilization analytics: the rollup, its jobs, and the aggregates facility managers read. */
@Module({
  imports: [
    TypeOrmModule.forFeature([UtilizationDay, UtilizationDeskDay, UtilizationDeskMonth, UtilizationRefresh]),
    PlacesModule,
    BookingsDataModule,
  ],
  controllers: [AnalyticsController],
  providers: [AnalyticsService, AnalyticsRepository, UtilizationRollup, AnalyticsJobs],
  exports: [UtilizationRollup],
})
export class AnalyticsModule {}
