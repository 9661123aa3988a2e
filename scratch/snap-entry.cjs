const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const file = '/work/main/dist/wenji.cjs';
const source = fs.readFileSync(file, 'utf8');
const fn = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file });
const module_ = { exports: {} };
const userRequire = createRequire(file);
const req = (id) => require(id);
req.resolve = (id) => userRequire.resolve(id);
fn(module_.exports, req, module_, file, path.dirname(file));
v8.startupSnapshot.setDeserializeMainFunction(async () => {
  process.exitCode = await module_.exports.main(process.argv.slice(1));
});
