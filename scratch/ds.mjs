import { readFileSync, readdirSync } from 'node:fs';
const root = process.argv[2];
const { detectScript } = await import(root + '/dist/structure/detect-script.js');
const { isCommonHan } = await import(root + '/dist/clean/common-han.js');
const cleanMod = await import(root + '/dist/clean/detect-damage.js');
const texts = readdirSync('/work/main/sources').filter(n => n.endsWith('.txt')).map(n => readFileSync('/work/main/sources/' + n, 'utf8'));
let t = performance.now();
for (const text of texts) for (const para of text.split('\n\n')) detectScript(para);
const a = performance.now() - t;
t = performance.now();
for (const text of texts) { (await import(root + '/dist/clean/common-han.js')).primeCommonHan?.(text); for (const line of text.split('\n')) cleanMod.improbableRuns(line); }
const b = performance.now() - t;
console.log(root, 'detectScript', a.toFixed(0), 'improbable', b.toFixed(0));
