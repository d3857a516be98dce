// Node module hooks that run TypeScript sources as they are (type annotations stripped), for code that
// starts a worker thread from sources under vitest: vitest transforms the modules it imports itself,
// but a worker is a fresh Node context that only knows JavaScript. Registered by register-typescript.mjs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** `./x.js` written in a TypeScript source means `./x.ts` when no compiled file is there. */
export async function resolve(specifier, context, nextResolve) {
  if (context.parentURL?.endsWith('.ts') && /^\.{1,2}\/.*\.js$/.test(specifier)) {
    const url = new URL(specifier, context.parentURL);
    if (!existsSync(fileURLToPath(url))) return nextResolve(specifier.replace(/\.js$/, '.ts'), context);
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  // Loaded on first use: most processes with these hooks never meet a .ts file.
  const { default: ts } = await import('typescript');
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(await readFile(fileName, 'utf8'), {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, sourceMap: false },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
