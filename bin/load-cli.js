// Loads the bundled CLI (dist/bin/cli.cjs, built by `npm run build`) with V8's code cache
// (dist/bin/cli.cache, written by scripts/code-cache.mjs after running the CLI over the
// fixtures): the functions a run needs arrive as bytecode instead of being parsed and compiled
// at every start. Without the cache, or when V8 refuses it (another Node or other flags), the
// bundle compiles as usual: the cache changes how fast the CLI starts, never what it does.
// CommonJS (bin/package.json), like the launcher: an ES module entry costs ~12 ms more to start.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

// V8 first compiles a regular expression to bytecode and, once it runs again, a second time to
// machine code. The CLI runs nearly all of its ~300 expressions many times on any article, so
// compiling each once, straight to machine code, saves ~6% of a short run's instructions
// (callgrind) and ~25 ms of wall time. Set before the bundle compiles: V8 ties the code cache
// to the flags, so scripts/code-cache.mjs writes it under the same one.
v8.setFlagsFromString('--no-regexp-tier-up');

const bundleDir = join(__dirname, '..', 'dist', 'bin');
const bundlePath = join(bundleDir, 'cli.cjs');
const cachePath = join(bundleDir, 'cli.cache');

/**
 * The cache file starts with the comment on the bundle's first line (after the wrapper), which names its build (scripts/build.mjs):
 * V8 itself checks only the source's length, so a cache from another build must be refused here.
 */
function cacheStamp(source) {
  const firstLine = source.slice(0, source.indexOf('\n'));
  return `${firstLine.slice(firstLine.indexOf('//'))}\n`;
}

function readCache(stamp) {
  let file;
  try {
    file = readFileSync(cachePath);
  } catch {
    return undefined;
  }
  const head = Buffer.from(stamp);
  return file.subarray(0, head.length).equals(head) ? file.subarray(head.length) : undefined;
}

/** Compiles and runs the bundle; returns its exports (`main`) and the script, for writing a cache. */
function loadCli({ useCache = true } = {}) {
  // The build made the bundle ASCII and wrapped it in Node's CommonJS wrapper: read as Latin-1, it
  // needs no UTF-8 decoding, and it compiles as it is, without a copy to add the wrapper.
  const source = readFileSync(bundlePath, 'latin1');
  const stamp = cacheStamp(source);
  const cachedData = useCache ? readCache(stamp) : undefined;
  const script = new vm.Script(source, {
    filename: bundlePath,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, bundleDir);
  return { cli: module.exports, script, stamp, cacheRejected: cachedData === undefined || script.cachedDataRejected === true };
}

module.exports = { bundlePath, cachePath, loadCli };
