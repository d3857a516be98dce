import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Notification mails (issue 19): each person chooses whether booking confirmations and cancellations
 * are mailed to them. Everyone starts with both on (a booking made for someone, or cancelled by staff,
 * is news they would otherwise miss). Invitations use the existing `invites` table.
 */
export class MailPreferences1766000400000 implements MigrationInterface {
  name = 'MailPreferences1766000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('users', new TableColumn({ name: 'mailBookingConfirmations', type: 'boolean', isNullable: false, default: '1' }));
    await q.addColumn('users', new TableColumn({ name: 'mailBookingCancellations', type: 'boolean', isNullable: false, default: '1' }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('users', 'mailBookingCancellations');
    await q.dropColumn('users', 'mailBookingConfirmations');
  }
}
