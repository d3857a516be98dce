import type { PersonalData } from '../common/personal-data/personal-data.js';

/** Where the README's generated table starts and ends (section "Personal data: where it lives"). */
export const TABLE_START = '<!-- personal-data:start (written from the personal-data registry by `npm run personal-data:readme`) -->';
export const TABLE_END = '<!-- personal-data:end -->';

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The registry's claims as a Markdown table, contributor by contributor in their declared order. */
export function personalDataTable(
  contributors: readonly PersonalData[],
  tableOf: (entity: PersonalData['claims'][number]['entity']) => string,
): string {
  const rows = contributors.flatMap((contributor) =>
    contributor.claims.map(
      (c) =>
        `| \`${tableOf(c.entity)}\` | ${c.columns.map((column) => `\`${column}\``).join(', ')} | ${cell(c.what)} | ${cell(c.cleared)} | ${contributor.name} |`,
    ),
  );
  return ['| table | columns | what | cleared when | claimed by |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** `readme` with the text between the markers replaced by `table`; throws when the markers are missing. */
export function withPersonalDataTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} block`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
