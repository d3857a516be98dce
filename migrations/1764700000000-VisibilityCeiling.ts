import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { varchar } from './columns.js';

/**
 * bookings.visibilityCeiling: the most a booking may ever reveal about its booker ('shown' or
 * 'hidden'), fixed when it is made, so that loosening the tenant's visibility setting never shows a
 * person who was promised to stay hidden (apps/api/src/bookings/visibility.ts).
 *
 * Existing bookings: nobody recorded the setting they were made under, so the only promise we can
 * prove is the one in force now. Each gets the ceiling the tenant's current setting gives it
 * (`everyone` → shown, `anonymous` → hidden, `user_choice` → the person's own choice): at upgrade time
 * nothing becomes visible that was hidden, nor hidden that was shown, and from then on a looser
 * setting reveals none of them. Anonymized rows keep NULL (never shown).
 */
export class VisibilityCeiling1764700000000 implements MigrationInterface {
  name = 'VisibilityCeiling1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('bookings', new TableColumn(varchar('visibilityCeiling', 8, true)));
    const column = (name: string) => q.connection.driver.escape(name);
    const tenants = (await q.query(`SELECT ${column('id')}, ${column('settings')} FROM ${column('tenants')}`)) as {
      id: string;
      settings: string | null;
    }[];
    for (const tenant of tenants) {
      const ceiling = ceilingSql(currentVisibility(tenant.settings), column('visibleToColleagues'));
      await q.query(
        `UPDATE ${column('bookings')} SET ${column('visibilityCeiling')} = ${ceiling} WHERE ${column('tenantId')} = ? AND ${column('userId')} IS NOT NULL`,
        [tenant.id],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('bookings', 'visibilityCeiling');
  }
}

/** The tenant's bookingVisibility as stored; a missing or unreadable value is the default, `everyone`. */
function currentVisibility(settings: string | null): string {
  try {
    const parsed = JSON.parse(settings ?? '{}') as { privacy?: { bookingVisibility?: unknown } };
    const value = parsed.privacy?.bookingVisibility;
    return typeof value === 'string' ? value : 'everyone';
  } catch {
    return 'everyone';
  }
}

function ceilingSql(visibility: string, visibleToColleagues: string): string {
  if (visibility === 'everyone') return `'shown'`;
  if (visibility === 'user_choice') return `CASE WHEN ${visibleToColleagues} = 1 THEN 'shown' ELSE 'hidden' END`;
  // anonymous, or a value this version does not know: the strictest promise.
  return `'hidden'`;
}
