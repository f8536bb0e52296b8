// Bundles the two entry points into dist/ (committed: an action runs without installing anything).
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'eof',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require() for Node's built-ins.
  banner: { js: "import { createRequire as __vbCreateRequire } from 'node:module'; const require = __vbCreateRequire(import.meta.url);" },
};

await build({ ...shared, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' });
await build({ ...shared, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
