#!/usr/bin/env node
// Launcher: the CLI lives in the compiled library so that `npx article-analyze` and `node bin/…` run the same code.
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
