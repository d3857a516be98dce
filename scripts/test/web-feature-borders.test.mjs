// The web app's layer rule (apps/web/eslint/feature-borders.js) fires where it should, and the
// project's ESLint configuration turns it on for the web sources.
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import webBorders from '../../apps/web/eslint/feature-borders.js';
import { repoRoot } from '../lib/build.mjs';

const SRC = '/repo/apps/web/src';
const linter = new Linter({ configType: 'flat', cwd: '/repo' });
const config = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'deskbook-web': webBorders },
    rules: { 'deskbook-web/feature-borders': 'error' },
  },
];

/** The rule's message ids for `code` in the file at `file` (relative to apps/web/src). */
function problems(file, code) {
  return linter.verify(code, config, { filename: `${SRC}/${file}` }).map((message) => message.messageId ?? message.message);
}

describe('web feature borders', () => {
  it('refuses a feature importing from app/', () => {
    expect(problems('features/booking/pages/BookPage.ts', "import { HOME_PATH } from '../../../app/navigation';")).toEqual([
      'featureImportsApp',
    ]);
  });

  it("refuses a feature importing another feature's internal file, also dynamically or re-exported", () => {
    const file = 'features/settings/components/SettingsFormView.ts';
    expect(problems(file, "import { AnonymizationCard } from '../../privacy/components/AnonymizationCard';")).toEqual(['featureInternals']);
    expect(problems(file, "export { useUsers } from '../../users/hooks/useUsers';")).toEqual(['featureInternals']);
    expect(problems(file, "const page = import('../../privacy/pages/MyDataPage');")).toEqual(['featureInternals']);
    expect(problems('features/settings/x.ts', "import { retentionDays } from '../privacy/types';")).toEqual(['featureInternals']);
  });

  it("allows a feature's public entries, its own files and the shared folders", () => {
    const file = 'features/booking/components/BookingMap.ts';
    expect(
      problems(
        file,
        [
          "import { useFloor } from '../../places';",
          "import { PlanMap } from '../../places/ui';",
          "import { useSession } from '../../auth/index';",
          "import { deskCard } from './DeskCard';",
          "import { formatDay } from '../format';",
          "import { downloadFile } from '../../../lib/download-file';",
          "import { api } from '../../../api/client';",
          "import { Button } from '@mantine/core';",
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('lets tests render the wired app', () => {
    expect(problems('features/audit/components/AuditTable.test.tsx', "import { AppProviders } from '../../../app/AppProviders';")).toEqual(
      [],
    );
  });

  it('keeps the shared folders below the features and app/', () => {
    expect(problems('lib/paths.ts', "import { useSession } from '../features/auth';")).toEqual(['sharedImportsUp']);
    expect(problems('components/DateField.tsx', "import { i18n } from '../app/i18n';")).toEqual(['sharedImportsUp']);
    expect(problems('app/routing/routes.tsx', "import { BookPage } from '../../features/booking/pages/BookPage';")).toEqual([]);
  });

  it('is switched on for the web sources in the project configuration', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const resolved = await eslint.calculateConfigForFile('apps/web/src/features/booking/pages/BookPage.tsx');
    expect(resolved.rules['deskbook-web/feature-borders']).toEqual([2]);
  });
});
