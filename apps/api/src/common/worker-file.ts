/**
 * The worker script `name` next to the module at `moduleUrl`: compiled, the .js file; run from
 * sources (vitest), the .ts file, which a worker can load because the test configs register a
 * TypeScript loader (scripts/lib/register-typescript.mjs).
 */
export function workerFileNextTo(moduleUrl: string, name: string): URL {
  return new URL(`./${name}${moduleUrl.endsWith('.ts') ? '.ts' : '.js'}`, moduleUrl);
}
