// Compiles src/ to dist/ and copies the data files (TSV/JSON) that the code reads at run time.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (existsSync('src/data')) {
  cpSync('src/data', 'dist/data', { recursive: true, filter: (src) => !src.endsWith('.ts') });
}
