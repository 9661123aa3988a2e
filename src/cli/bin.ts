#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { startSpareWorker } from '../build/edition-workers.js';

// A big book allocates fast while its live data stays small; V8's default heap
// growth would then let garbage pile up to several times the live size.
setFlagsFromString('--heap-growing-percent=50');
// `wenji build` starts its edition worker before the rest loads: both threads then load modules at once.
if (process.argv[2] === 'build') startSpareWorker();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
