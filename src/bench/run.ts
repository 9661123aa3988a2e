/** `npm run bench`: measure the pipeline on the seeds book and generated collections. */
import { runBench } from './bench.js';

process.exitCode = await runBench(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
