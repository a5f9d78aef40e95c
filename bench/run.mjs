#!/usr/bin/env node
// `npm run bench`: every benchmark in one go, each printing its own figures. Builds first so the
// figures are for the current source.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
run(['scripts/build.mjs']);
run(['bench/segment.mjs']);
run(['bench/analyze.mjs']);
run(['bench/startup.mjs']);
run(['bench/throughput.mjs']);
