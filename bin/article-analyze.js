#!/usr/bin/env node
// Launcher: runs the bundled CLI (dist/bin/cli.js, built by `npm run build`), the same code for `npx article-analyze` and `node bin/…`.
import { main } from '../dist/bin/cli.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
