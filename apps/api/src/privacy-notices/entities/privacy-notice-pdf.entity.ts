import { EntitySchema } from 'typeorm';

export interface PrivacyNoticePdf {
  versionId: string;
  data: Buffer;
}

/**
 * A custom notice uploaded as a PDF. `longblob` on MySQL (its `blob` holds 64 KB), `blob` on SQLite:
 * an EntitySchema built per dialect, as floor-plan.entity.ts explains; like floor plans it has no
 * foreign key (TypeORM cannot declare one from a schema entity to a decorated one). Versions are
 * immutable and never deleted, so no PDF is left without its version.
 */
export function privacyNoticePdfSchema(dialect: 'better-sqlite3' | 'mysql' | 'mariadb'): EntitySchema<PrivacyNoticePdf> {
  return new EntitySchema<PrivacyNoticePdf>({
    name: 'PrivacyNoticePdf',
    tableName: 'privacy_notice_pdfs',
    columns: {
      versionId: { type: 'varchar', length: 36, primary: true },
      data: { type: dialect === 'better-sqlite3' ? 'blob' : 'longblob' },
    },
  });
}
