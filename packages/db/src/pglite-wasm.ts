import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The runtime's WebAssembly object (tsconfig's libs declare only its types).
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WebAssembly.Module> } })
  .WebAssembly;

let compiling: Promise<WebAssembly.Module | undefined> | undefined;

/**
 * Starts compiling PGlite's WebAssembly now. `nexova start` on the embedded defaults calls it before
 * it loads the application: V8 compiles an asynchronous `WebAssembly.compile` on background threads,
 * so the compile overlaps the loading of the modules instead of following it (openPglite takes the
 * compiled module through PGlite's `pgliteWasmModule` option). A failure only means PGlite compiles
 * it itself, as without this.
 */
export function precompilePglite(): void {
  compiling ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    return wasm.compile(await readFile(join(dirname(entry), 'pglite.wasm')));
  })().catch(() => undefined);
}

/** The module precompilePglite compiled (waiting for it), or undefined when it was not started or failed. */
export async function precompiledPglite(): Promise<WebAssembly.Module | undefined> {
  return compiling;
}
