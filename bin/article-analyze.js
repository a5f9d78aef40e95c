#!/usr/bin/env node
// Launcher: runs the bundled CLI through bin/load-cli.js, the same code for `npx article-analyze` and `node bin/…`.
'use strict';
const { loadCli } = require('./load-cli.js');

loadCli().cli.runCommand(process.argv.slice(2));
