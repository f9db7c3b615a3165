#!/usr/bin/env node
// The installed command. The CLI itself is bundled into dist/ by `npm run build:cli`, which
// `npm ci` and `npm install` run through the `prepare` script.
import { main } from '../dist/cli/double-descent.js';

process.exitCode = await main(process.argv.slice(2));
