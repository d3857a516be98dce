import { EntitySchema } from 'typeorm';

export interface FloorPlan {
  floorId: string;
  data: Buffer;
  updatedAt: Date;
}

/**
 * Plan images are stored in the database so every API instance serves the same bytes. MySQL's
 * `blob` holds only 64 KB, so the column is `longblob` there and `blob` on SQLite: the one place the
 * dialects need different types, hence an EntitySchema built per dialect (and the same choice in
 * the migration). TypeORM cannot declare a foreign key from a schema entity to a decorated one, so
 * there is none: PlacesService deletes a floor's plan with the floor.
 */
export function floorPlanSchema(dialect: 'better-sqlite3' | 'mysql' | 'mariadb'): EntitySchema<FloorPlan> {
  return new EntitySchema<FloorPlan>({
    name: 'FloorPlan',
    tableName: 'floor_plans',
    columns: {
      floorId: { type: 'varchar', length: 36, primary: true },
      data: { type: dialect === 'better-sqlite3' ? 'blob' : 'longblob' },
      updatedAt: { type: 'datetime', precision: 3 },
    },
  });
}
