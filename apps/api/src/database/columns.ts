import { Column, PrimaryColumn, type ColumnOptions } from 'typeorm';

/**
 * Column types shared by the entities and the portable migrations, so both dialects store the
 * same thing: ids as varchar(36) (MariaDB would otherwise use its native uuid type), datetimes
 * in UTC with millisecond precision.
 */
export const ID_COLUMN = { type: 'varchar', length: 36 } as const;
export const DATETIME_COLUMN = { type: 'datetime', precision: 3 } as const;

export const IdPrimaryColumn = () => PrimaryColumn({ ...ID_COLUMN });
export const IdColumn = (options: ColumnOptions = {}) => Column({ ...ID_COLUMN, ...options });
export const DateTimeColumn = (options: ColumnOptions = {}) => Column({ ...DATETIME_COLUMN, ...options });
