// Writes dist/bin/cli.cache (see bin/load-cli.js): runs the bundled CLI in this process over the
// fixtures, once per command and format, then asks V8 for the bytecode of every function that
// ran. Run by `npm run build`, in a process without NODE_OPTIONS (V8 refuses a cache made under
// other flags). Usage: node scripts/code-cache.mjs
import { writeFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import loader from '../bin/load-cli.js';

const { cachePath, loadCli } = loader;

const fixture = 'fixtures/can-tho-cong-doan.txt';
// The commands people time and run most. Every function in the cache is deserialised at every
// start, so functions only other commands need (check's rules) are left to compile when used:
// with them the cache is ~40% larger and each start ~4 ms slower.
const runs = [
  [fixture, '--format', 'json'],
  [fixture, '--format', 'ndjson'],
  [fixture],
  ['segment', fixture],
];

const { cli, script, stamp } = loadCli({ useCache: false });
for (const argv of runs) {
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const code = await cli.main(argv, { stdout: sink(), stderr: sink(), stdin: Readable.from([]), env: {} });
  if (code !== 0) throw new Error(`code cache: \`${argv.join(' ')}\` exited ${code}`);
}
writeFileSync(cachePath, Buffer.concat([Buffer.from(stamp), script.createCachedData()]));
