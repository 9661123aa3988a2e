#!/usr/bin/env node
import { startSpareWorker } from '../build/edition-workers.js';

// `wenji build` starts its edition worker before the rest loads: both threads then load modules at once.
if (process.argv[2] === 'build') startSpareWorker();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
