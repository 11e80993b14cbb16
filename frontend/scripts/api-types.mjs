// The front end's API types, generated from the server's OpenAPI document.
//
//   node scripts/api-types.mjs          writes src/api/schema.d.ts (npm run generate:api)
//   node scripts/api-types.mjs --check  fails when the committed file differs (npm run check:api)
//
// The document comes from `commonground openapi` (the same document GET /api/v1/openapi.json
// serves), so no server has to run. The npm scripts build the binary first; COMMONGROUND_BIN
// names another one, and CARGO_TARGET_DIR is honoured like cargo does.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..');
const repository = join(frontend, '..');
const output = join(frontend, 'src', 'api', 'schema.d.ts');
const binary =
  process.env.COMMONGROUND_BIN ??
  join(resolve(repository, process.env.CARGO_TARGET_DIR ?? 'target'), 'debug', 'commonground');

const HEADER = `/**
 * The Commonground API as the server describes it: generated from \`commonground openapi\` by
 * \`npm run generate:api\`. Do not edit; \`npm run check:api\` (part of \`make test-frontend\`) fails
 * when this file differs from what the current server describes. Import names through
 * \`src/api/types.ts\` and \`src/api/kinds.ts\`, not from here.
 */
`;

function serverDocument() {
  if (!existsSync(binary)) {
    console.error(`${binary} does not exist: run \`cargo build --bin commonground\` first.`);
    process.exit(2);
  }
  return JSON.parse(execFileSync(binary, ['openapi'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

const generated = HEADER + astToString(await openapiTS(serverDocument()));
const shown = relative(process.cwd(), output);

if (process.argv.includes('--check')) {
  const committed = existsSync(output) ? readFileSync(output, 'utf8') : '';
  if (committed !== generated) {
    console.error(
      `${shown} differs from what the server describes: run \`npm run generate:api\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${shown} matches the server's OpenAPI document.`);
} else {
  writeFileSync(output, generated);
  console.log(`Wrote ${shown}.`);
}
