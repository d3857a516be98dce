import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/build.mjs';

const read = (file) => readFileSync(join(repoRoot, file), 'utf8');

/** The variables the API's environment schema reads (`const envSchema = z.object({ NAME: … })`). */
function configVariables() {
  const source = read('apps/api/src/config/config.ts');
  const schema = /const envSchema = z\.object\(\{\n([\s\S]*?)\n\}\);/.exec(source)?.[1] ?? '';
  return [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1]);
}

/** The README's section under `## <title>`, up to the next `## ` heading. */
function readmeSection(title) {
  const readme = read('README.md');
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('documentation', () => {
  const variables = configVariables();

  it('reads the environment variables from the config schema', () => {
    expect(variables).toContain('DATABASE_URL');
    expect(variables.length).toBeGreaterThan(10);
  });

  it("lists every environment variable in the README's configuration table", () => {
    const table = readmeSection('Configuration');
    expect(variables.filter((name) => !table.includes(`| \`${name}\` |`))).toEqual([]);
  });

  it('lists every environment variable in .env.example', () => {
    const example = read('.env.example');
    expect(variables.filter((name) => !new RegExp(`^${name}=`, 'm').test(example))).toEqual([]);
  });

  it('keeps benchmark figures out of the README (they live in docs/benchmarks.md)', () => {
    const figures = read('README.md')
      .split('\n')
      .filter((line) => /\d[\d,.]* ?req\/s|\bp(50|90|95|97\.5|99)\b [\d,.]+ ?ms/.test(line));
    expect(figures).toEqual([]);
  });
});
