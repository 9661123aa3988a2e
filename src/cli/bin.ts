#!/usr/bin/env node
// `wenji build` starts its edition worker before the rest loads: both threads then load modules at once.
import { startSpareWorker } from '../build/edition-workers.js';

if (process.argv[2] === 'build') startSpareWorker();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
