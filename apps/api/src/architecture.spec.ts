import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The feature borders of eslint.config.js (STYLE.md principle 12), run on snippets as if they were
 * files of the API, so the rule cannot silently stop firing (e.g. after a folder is renamed).
 */
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({
    cwd: repoRoot,
    // Only the border rule runs; it needs no type information, so no TypeScript program is built.
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
  await borderErrors('common/collections.ts', ''); // loads the config and the parser once
}, 60_000);

async function borderErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${repoRoot}/apps/api/src/${file}` });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('feature borders (eslint no-restricted-imports)', () => {
  it.each([
    ['common/auth/new-guard.ts', "import { UsersService } from '../../users/users.service.js';"],
    ['common/new-helper.ts', "export { ROLES } from '../users/entities/user.entity.js';"],
    ['database/new-index.ts', "import { Booking } from '../bookings/entities/booking.entity.js';"],
    ['database/new-index.ts', "import type { Tenant } from '../tenants/entities/tenant.entity.js';"],
    ['jobs/new-job.ts', "import { AnonymizationService } from '../anonymization/anonymization.service.js';"],
    ['config/new-setting.ts', "import { DEFAULTS } from '../tenants/settings.js';"],
  ])('refuses a feature import in shared code: %s', async (file, code) => {
    expect(await borderErrors(file, code)).toEqual([expect.stringContaining('import no feature')]);
  });

  it.each([
    ['audit/audit.service.ts', "import { User } from '../users/entities/user.entity.js';"],
    ['auth/totp/two-factor.service.ts', "import { User } from '../../users/entities/user.entity.js';"],
    ['bookings/booking-view.ts', "import { FloorDesksCache } from '../places/floor-desks.cache.js';"],
    ['users/users.service.ts', "import { hashPassword } from '../auth/password-hasher.js';"],
    ['places/new-file.ts', "export { Tenant } from '../tenants/entities/tenant.entity.js';"],
    ['users/entities/user.entity.ts', "import { sealSecret } from '../../auth/totp/totp-secret-box.js';"],
    ['compliance/documents/new-doc.ts', "import { noticeEn } from '../../privacy-notices/generator/notice.en.js';"],
  ])("refuses another feature's entity or internal file: %s", async (file, code) => {
    expect(await borderErrors(file, code)).toEqual([expect.stringContaining('Use what')]);
  });

  it.each([
    ['audit/audit.service.ts', "import { UsersRepository } from '../users/users.repository.js';"],
    ['auth/auth.module.ts', "import { UsersDataModule } from '../users/users-data.module.js';"],
    ['auth/totp/two-factor.service.ts', "import { AccountsRepository } from '../../users/accounts.repository.js';"],
    ['users/me/me.controller.ts', "import { UpdateMeDto } from '../../auth/dto/auth.dto.js';"],
    ['bookings/booking-rules.ts', "import { resolveSettings } from '../tenants/settings.js';"],
    ['auth/auth.service.ts', "import type { User } from '../users/entities/user.entity.js';"],
    ['bookings/entities/booking.entity.ts', "import { Desk } from '../../places/entities/desk.entity.js';"],
    ['users/users.service.ts', "import { User } from './entities/user.entity.js';"],
    ['common/auth/auth.guards.ts', "import { DomainError } from '../errors/domain-error.js';"],
    ['compliance/documents/new-doc.ts', "import { wordingFor } from '../../privacy-notices/generator/wording.js';"],
  ])("allows a feature's public surface, its own files and shared code: %s", async (file, code) => {
    expect(await borderErrors(file, code)).toEqual([]);
  });
});
