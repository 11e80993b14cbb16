// Fails the build when the home page needs more than its budget of compressed JavaScript: the
// entry chunk named by index.html and every chunk it imports statically, as Vite's manifest
// lists them, each measured as brotli at the quality the build's precompressed files use (what
// the server sends). Pages split off with import() are not counted: the home page does not load
// them. Runs after `vite build` (see package.json "build"); docs/architecture.md, "Front end:
// loading on a weak phone".
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

export const BUDGET_BYTES = 60 * 1024;

/** The chunks the page `entryKey` loads before it runs: the entry and its static imports, once each. */
export function staticClosure(manifest, entryKey) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  return [...seen].map((key) => manifest[key].file);
}

export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function main() {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const manifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const files = staticClosure(manifest, 'index.html').filter((file) => file.endsWith('.js'));
  let total = 0;
  for (const file of files) {
    const size = brotliSize(await readFile(join(dist, file)));
    total += size;
    console.log(`  ${file.padEnd(40)} ${(size / 1024).toFixed(1).padStart(6)} KB brotli`);
  }
  const verdict = `home page JavaScript: ${(total / 1024).toFixed(1)} KB brotli in ${files.length} file(s); budget ${BUDGET_BYTES / 1024} KB`;
  if (total > BUDGET_BYTES) {
    console.error(`${verdict}: OVER BUDGET. Split the new code off with import() (see src/app.tsx).`);
    process.exit(1);
  }
  console.log(verdict);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
