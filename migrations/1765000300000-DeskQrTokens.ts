import { randomBytes } from 'node:crypto';
import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { datetime, id, ref, varchar } from './columns.js';

/** A copy of places/qr-token.ts: a landed migration must not change when the app's code does. */
const newQrToken = (): string => randomBytes(18).toString('base64url');

/**
 * QR check-in (issue 18, README "QR check-in and walk-up booking"): `desk_qr_tokens` holds one opaque
 * token per desk, the code printed on the desk's sticker.
 *
 * Its own table rather than a `desks.qrToken` column: replacing a floor's codes then writes nothing
 * to `desks` (so no desk audit event, no floor-desks cache flush, no row lock a booking waits on),
 * the hot desk reads stay as they are, and SQLite needs no table rebuild. The token is random
 * (18 bytes, base64url), never derived from an id; the unique index answers a scan in one lookup.
 * No column can hold a person, so no personal-data contributor claims it.
 *
 * Existing desks get their tokens here, generated in TypeScript, so the same code runs on every
 * dialect.
 */
export class DeskQrTokens1765000300000 implements MigrationInterface {
  name = 'DeskQrTokens1765000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'desk_qr_tokens',
        columns: [{ ...id('deskId') }, ref('tenantId'), varchar('token', 32), datetime('createdAt')],
        indices: [new TableIndex({ name: 'UQ_desk_qr_tokens_token', columnNames: ['token'], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_desk_qr_tokens_desk',
            columnNames: ['deskId'],
            referencedTableName: 'desks',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    const e = (name: string) => q.connection.driver.escape(name);
    const desks = (await q.query(`SELECT ${e('id')} FROM ${e('desks')}`)) as { id: string }[];
    // One statement per desk, the token bound as a parameter and the rest copied from the desk row:
    // no dialect-specific date literal, and the token stays out of the SQL text.
    for (const desk of desks) {
      await q.query(
        `INSERT INTO ${e('desk_qr_tokens')} (${e('deskId')}, ${e('tenantId')}, ${e('token')}, ${e('createdAt')}) ` +
          `SELECT ${e('id')}, ${e('tenantId')}, ?, ${e('createdAt')} FROM ${e('desks')} WHERE ${e('id')} = ?`,
        [newQrToken(), desk.id],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('desk_qr_tokens');
  }
}
