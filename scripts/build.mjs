// Bundles the entry points into dist/ (committed: an action runs without installing anything), and
// writes the library's type declarations into dist/types. Every import is bundled, so the
// published package needs no runtime dependency.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
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
// `import { run } from 'video-batch'`: the library entry, which starts neither face.
await build({ ...shared, entryPoints: ['src/lib.ts'], outfile: 'dist/lib.js' });
rmSync('dist/types', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.lib.json'], { stdio: 'inherit' });
