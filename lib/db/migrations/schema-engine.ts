// Loads Prisma's official WASM schema engine (the same Rust code as the native `schema-engine` binary,
// which cannot be downloaded offline) over a PGlite adapter. Used only by the migration *authoring*
// tools (new migration, drift check); applying migrations is done by apply-migrations.ts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

type SchemaEngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
export type SchemaEngine = import('@prisma/schema-engine-wasm/schema_engine_bg').SchemaEngine;

let loaded: Promise<SchemaEngineModule> | undefined;

/**
 * Node 20 cannot import a .wasm as an ES module (the package's main entry does), so we load the
 * JS bindings alone, instantiate the .wasm by hand and hand it to them.
 */
function loadModule(): Promise<SchemaEngineModule> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
    const bgWithSetter = bg as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void };
    bgWithSetter.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })();
  return loaded;
}

export interface EngineHandle {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/**
 * An engine whose database (and shadow database) is a throwaway in-memory PGlite. It can diff
 * migrations against a schema without touching any real database.
 */
export async function openScratchEngine(schema: string): Promise<EngineHandle> {
  const mod = await loadModule();
  const pglite = new PGlite();
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  const logs: string[] = [];
  const engine = await mod.SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] },
    (log: string) => logs.push(log),
    factory,
  );
  return {
    engine,
    async close() {
      engine.free();
      await pglite.close();
    },
  };
}
