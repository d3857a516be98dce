import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import webBorders from './apps/web/eslint/feature-borders.js';

/*
 * Feature borders of the API (STYLE.md principle 12, issue 15), checked on every import (also
 * `import type` and re-exports) with eslint's own no-restricted-imports:
 * - common/, config/, database/ and jobs/ import no feature folder;
 * - a feature imports from another feature only that feature's public surface: its `*.module.ts`,
 *   `*.service.ts`, `*.repository.ts`/`*.repositories.ts` (at any depth of its folder), `dto/**` and the
 *   pure rule files listed in FEATURE_RULES; never its `entities/` or another internal file;
 * - `import type` may name any type of another feature (e.g. the entity an exported repository
 *   method returns): types create no runtime or module dependency;
 * - an entity (entities/*.entity.ts) may name another feature's entity in a relation, which mirrors a
 *   foreign key of the migrations (the schema e2e test compares the two).
 * The rule sees an import as written. Imports in apps/api/src are relative, so a file n folders below
 * src/ reaches another top folder with exactly n '../': one block per folder and depth.
 * apps/api/src/architecture.spec.ts shows each border firing.
 */
const API_SRC = 'apps/api/src';
const SHARED = ['common', 'config', 'database', 'jobs'];
/** Wiring beside app.module.ts, neither shared nor a feature. */
const ROOT = ['openapi'];
/** Every other folder of apps/api/src is a feature, so a new one is checked from its first file. */
const FEATURES = readdirSync(new URL(API_SRC, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !SHARED.includes(entry.name) && !ROOT.includes(entry.name))
  .map((entry) => entry.name);
/** Pure rules (no Nest, no database) that other features may read. */
const FEATURE_RULES = {
  auth: ['token-hash'],
  bookings: ['visibility'],
  // Links into the web app and the language of a message: every feature that mails builds them.
  mail: ['mail-links', 'templates/compose'],
  places: ['opening-hours'],
  // The notice's facts and wording: the compliance documents say the same things in the same words.
  'privacy-notices': ['generator/facts', 'generator/notice', 'generator/wording'],
  tenants: ['settings'],
  users: ['last-admin'],
};
const PUBLIC_SURFACE = [String.raw`(?:[^/]+/)*[^/]+\.(?:module|service|repository|repositories)\.js`, String.raw`dto/.+`];
const RELATION_TARGET = String.raw`entities/[^/]+\.entity\.js`;
const MAX_DEPTH = 4;

const upTo = (depth) => String.raw`^(?:\.\./){${depth}}`;
const filesAt = (folder, depth) => [`${API_SRC}/${folder}/${'*/'.repeat(depth - 1)}*.ts`];
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const sharedBorder = (depth) => ({
  regex: `${upTo(depth)}(?:${FEATURES.join('|')})/`,
  message:
    'common/, config/, database/ and jobs/ import no feature: invert the dependency (an interface here that the feature implements).',
});

const featureBorders = (feature, depth, allowed = PUBLIC_SURFACE) =>
  FEATURES.filter((other) => other !== feature).map((other) => {
    const open = [...allowed, ...(FEATURE_RULES[other] ?? []).map((rule) => `${rule}\\.js`)];
    return {
      regex: `${upTo(depth)}${other}/(?!(?:${open.join('|')})$)`,
      message: `Use what ${other}/ exports (module, services, repositories, dto/, listed rules), not its entities or internal files.`,
      allowTypeImports: true,
    };
  });

const boundaryBlocks = [];
for (let depth = 1; depth <= MAX_DEPTH; depth++) {
  for (const folder of SHARED) boundaryBlocks.push({ files: filesAt(folder, depth), rules: restrict([sharedBorder(depth)]) });
  for (const feature of FEATURES) boundaryBlocks.push({ files: filesAt(feature, depth), rules: restrict(featureBorders(feature, depth)) });
}
for (const feature of FEATURES)
  boundaryBlocks.push({
    files: [`${API_SRC}/${feature}/entities/*.entity.ts`],
    rules: restrict(featureBorders(feature, 2, [...PUBLIC_SURFACE, RELATION_TARGET])),
  });

/*
 * TEMPORARY exemptions while issue 15's other parts land in parallel branches; each line goes once
 * its file uses what the other features export. Nothing else belongs here.
 */

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'libs/api-client/src/schema.ts', 'test-results/**', 'data/**', 'coverage/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The web app's service worker runs in the browser's worker scope, not in Node.
    files: ['apps/web/public/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // NestJS classes are often decorated containers with no instance members.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The web app's layers: features stay out of app/ and out of each other's internals (see the rule).
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    plugins: { 'deskbook-web': webBorders },
    rules: { 'deskbook-web/feature-borders': 'error' },
  },
  {
    // supertest bodies and test fixtures are untyped JSON; asserting on them is the point.
    files: ['e2e/**/*.ts', '**/*.spec.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  ...boundaryBlocks,
);
