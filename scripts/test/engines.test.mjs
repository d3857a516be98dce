import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/build.mjs';

const readJson = (file) => JSON.parse(readFileSync(join(repoRoot, file), 'utf8'));

describe('declared Node.js version', () => {
  it('is one every locked dependency supports (npm install prints no EBADENGINE)', () => {
    const oldest = semver.minVersion(readJson('package.json').engines.node).version;
    const { packages } = readJson('package-lock.json');
    const excluding = Object.entries(packages)
      .filter(([, pkg]) => pkg.engines?.node && !semver.satisfies(oldest, pkg.engines.node))
      .map(([path, pkg]) => `${path}@${pkg.version} wants node ${pkg.engines.node}`);
    expect(excluding).toEqual([]);
  });
});
