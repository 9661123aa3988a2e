import { build } from 'esbuild';
const r = await build({ entryPoints: ['dist/bundle/entry.js'], outfile: '/tmp/x.cjs', bundle: true, platform: 'node', format: 'cjs', target: 'node20', define: { 'import.meta.url': '__u' }, metafile: true, logLevel: 'error', minifyWhitespace: true });
const inputs = r.metafile.outputs['/tmp/x.cjs'] ? r.metafile.outputs['/tmp/x.cjs'].inputs : Object.values(r.metafile.outputs)[0].inputs;
const byPkg = new Map();
for (const [k, v] of Object.entries(inputs)) { const m = k.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const p = m ? m[1] : 'own'; byPkg.set(p, (byPkg.get(p) || 0) + v.bytesInOutput); }
for (const [k, v] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1024).toFixed(0).padStart(7), 'KB', k);
const files = Object.entries(inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,15); for (const [k,v] of files) console.log((v.bytesInOutput/1024).toFixed(0).padStart(7), k);
