// Finds what the fuzzers drive by scanning the source tree: zod schema modules, route modules
// (app/**/route.ts) and server-action modules ('use server' files), so new ones are covered without edits.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Modules that import zod and are not 'use server'/'use client' files. */
export function schemaModules(): string[] {
  return [...sourceFiles('lib'), ...sourceFiles('components')].filter((file) => /from 'zod'/.test(read(file)) && !/^'use (server|client)'/m.test(read(file)));
}

/** Modules that declare a list's URL parameters with lib/lists/search-params (its filters: `q: textFilter(…)`). */
function listParamModules(): string[] {
  return sourceFiles('lib').filter((file) => /from '@\/lib\/lists\/search-params'/.test(read(file)));
}

/** Every route handler module except next-auth's own. */
export function routeModules(): string[] {
  return sourceFiles('app').filter((file) => path.basename(file) === 'route.ts' && !file.includes('api/auth/'));
}

/** Every page module (each page.tsx under app/). */
export function pageModules(): string[] {
  return sourceFiles('app').filter((file) => path.basename(file) === 'page.tsx');
}

/**
 * The names a query string can carry, read from the source text (so it works where the modules cannot be
 * imported, as in Playwright): zod object keys and list filters (`q: textFilter(…)`) in schema modules, `take('x')` / `searchParams.get('x')`
 * calls, and `(await searchParams).x` / `raw.x` reads in pages.
 */
export function queryKeysInSource(): string[] {
  const keys = new Set<string>();
  const patterns = [/\b([A-Za-z]\w{0,30}):\s*z\./g, /\b([A-Za-z]\w{0,30}):\s*\w+Filter\(/g, /\b(?:take|get|getAll)\('([A-Za-z]\w{0,30})'/g, /\(await searchParams\)\.(\w+)/g, /\b(?:raw|params)\.(\w+)/g];
  for (const file of [...schemaModules(), ...listParamModules(), ...pageModules()]) {
    const text = read(file);
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) keys.add(match[1]!);
  }
  return [...keys].sort();
}

/** Every 'use server' module under app/. */
export function actionModules(): string[] {
  return sourceFiles('app').filter((file) => /^'use server'/m.test(read(file)));
}

/** The URL path of a route module and the names of its dynamic segments. */
export function routePath(file: string): { path: string; params: string[] } {
  const segments = path.dirname(file).split(path.sep).slice(1).filter((segment) => !/^\(.*\)$/.test(segment));
  return { path: `/${segments.join('/')}`, params: segments.filter((s) => s.startsWith('[')).map((s) => s.replace(/^\[+\.{0,3}|\]+$/g, '')) };
}

export async function importModule(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
}
