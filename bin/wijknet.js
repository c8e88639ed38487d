#!/usr/bin/env node
import { ensureBuilt } from './build.js';

ensureBuilt({ quiet: false });
const { main } = await import('../dist/server/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
