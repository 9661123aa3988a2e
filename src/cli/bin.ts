#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { startWorker } from '../build/worker-pool.js';
import { loadCommand } from '../bundle/load.js';

// HarfBuzz (WebAssembly) subsets two or three fonts per edition: its baseline code is quick enough, and
// V8's optimising recompilation of it took more CPU than the subsetting, on threads the editions need;
// Node also waits for that background work whenever the event loop runs empty.
setFlagsFromString('--liftoff-only');
// V8 hands functions to its optimising compiler after a budget of bytecode run; by default a one-second
// build recompiled hundreds of them on background threads that competed with both edition threads for
// two cores, and finished too late to pay off. Sixteen times the budget keeps optimisation for code that
// runs long, as a large book's typesetting loop does (seeds book 1.19 → 0.88 s; 1,000 articles 18.4 → 16.8 s).
setFlagsFromString('--interrupt-budget=1048576');

const argv = process.argv.slice(2);
// `wenji build` starts its edition worker before the command loads: both threads then load at once.
const spare = argv[0] === 'build' ? startWorker() : undefined;
spare?.unref();
const command = argv[0] === 'build' || argv[0] === 'check' || argv[0] === 'clean' ? argv[0] : null;
const wenji = await loadCommand(command, import.meta.url);
wenji.exports.guardProcess(argv);
if (spare) wenji.exports.adoptSpareWorker(spare);
process.exitCode = await wenji.exports.main(argv);
wenji.saveCache();
// The command has stopped its workers; should anything still hold the event loop, it must not hang the caller.
setTimeout(() => process.exit(), 2000).unref();
