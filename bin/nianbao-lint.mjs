#!/usr/bin/env node
// The CLI is built to dist/cli by `npm run build:cli` (run by `npm install`).
import { main } from '../dist/cli/nianbao-lint.mjs';

process.exitCode = await main(process.argv.slice(2));
