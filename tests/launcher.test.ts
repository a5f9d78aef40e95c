// The launcher's code cache (bin/load-cli.js): used when it belongs to the bundle, refused when
// it does not, and never a change in what the CLI prints. `npm test` builds first.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(root, 'fixtures/can-tho-cong-doan.txt');

/** A copy of the installed package (bin/ and dist/bin/; data and node_modules linked). */
function copyPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aa-launcher-'));
  cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
  mkdirSync(join(dir, 'dist'));
  cpSync(join(root, 'dist/bin'), join(dir, 'dist/bin'), { recursive: true });
  symlinkSync(join(root, 'dist/data'), join(dir, 'dist/data'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// A process without NODE_OPTIONS, as a user's shell starts the command.
const env = { PATH: process.env.PATH ?? '' };

function cacheRejected(dir: string): string {
  const probe = "process.stdout.write(String(require('./bin/load-cli.js').loadCli().cacheRejected))";
  return spawnSync(process.execPath, ['-e', probe], { cwd: dir, env }).stdout.toString();
}

function analyze(dir: string): { code: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [join(dir, 'bin/article-analyze.js'), fixture, '--format', 'json'], { env });
  return { code: result.status, stdout: result.stdout.toString() };
}

describe('code cache', () => {
  it('is written by the build and accepted by a plain node', () => {
    expect(readFileSync(join(root, 'dist/bin/cli.cache')).subarray(0, 24).toString()).toBe('// article-analyze build');
    expect(cacheRejected(root)).toBe('false');
  });

  it('is refused when it names another build, and the output stays the same', () => {
    const dir = copyPackage();
    const cache = join(dir, 'dist/bin/cli.cache');
    const bytes = readFileSync(cache);
    // Same length, another build id: V8 alone would accept it, since it checks only the length.
    const other = Buffer.from(bytes);
    other[25] = other[25] === 0x30 ? 0x31 : 0x30;
    writeFileSync(cache, other);
    expect(cacheRejected(dir)).toBe('true');
    const expected = analyze(root);
    expect(expected.code).toBe(0);
    expect(analyze(dir)).toEqual(expected);
    rmSync(cache);
    expect(cacheRejected(dir)).toBe('true');
    expect(analyze(dir)).toEqual(expected);
    rmSync(dir, { recursive: true, force: true });
  });
});
