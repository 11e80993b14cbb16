// Copies Swagger UI's browser files into dist/vendor/swagger-ui/, where the backend's /api/docs
// page loads them from. Runs after `vite build` (see package.json "build").
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILES = [
  'swagger-ui-bundle.js',
  'swagger-ui-standalone-preset.js',
  'swagger-ui.css',
  'LICENSE',
  'NOTICE',
];

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('swagger-ui-dist/package.json'));
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'vendor', 'swagger-ui');

await mkdir(target, { recursive: true });
await Promise.all(FILES.map((file) => copyFile(join(source, file), join(target, file))));
const { version } = require('swagger-ui-dist/package.json');
console.log(`swagger-ui-dist ${version}: copied ${FILES.length} files to dist/vendor/swagger-ui/`);
