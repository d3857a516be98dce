import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DatabaseConfig } from '../config/config.js';
import { floorPlanSchema } from './entities/floor-plan.entity.js';

/**
 * Registers the plan images' table, whose column type depends on the dialect (floor-plan.entity.ts).
 * A module of its own because only the root module knows the dialect when modules are declared:
 * making PlacesModule dynamic would give BookingsModule, which imports it, a second instance.
 * PlacesService reads and writes the table by name ('FloorPlan').
 */
@Module({})
export class FloorPlansModule {
  static forDialect(dialect: DatabaseConfig['type']): DynamicModule {
    return { module: FloorPlansModule, imports: [TypeOrmModule.forFeature([floorPlanSchema(dialect)])] };
  }
}
