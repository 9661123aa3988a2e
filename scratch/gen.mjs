import { join } from 'node:path';
const { seedPool } = await import('../dist/bench/seed-pool.js');
const { writeCollection, defaultCollection } = await import('../dist/bench/collection.js');
const { frontStage } = await import('../dist/bench/stages.js');
const { loadManifest } = await import('../dist/manifest/manifest.js');
const pool = seedPool(frontStage(loadManifest('/work/main/sources/book.yaml')).book.articles);
const c = writeCollection(pool, '/tmp/coll1000', { ...defaultCollection, articles: 1000 });
console.log(c.manifestPath);
