/**
 * Run as a child process by the crash-consistency test: publishes a set of
 * files into an output folder and kills itself with SIGKILL at the step named
 * in argv (before a step, or halfway through writing a file), as a power cut
 * or `kill -9` would stop a build.
 * argv: <dist folder> <out folder> <set json> <kill step> <kill inside write? 0|1>
 */
const [dist, out, setJson, killStep, inside] = process.argv.slice(2) as [string, string, string, string, string];
const { openOutputFolder } = (await import(`${dist}/util/output-folder.js`)) as typeof import('../../util/output-folder.js');
const set = JSON.parse(setJson) as Array<{ name: string; text: string }>;
const die = () => process.kill(process.pid, 'SIGKILL');

const folder = openOutputFolder(out, { onStep: (step) => inside !== '1' && step === killStep && die() });
folder.publish(
  set.map(({ name, text }) => ({
    name,
    content: (function* () {
      const half = Math.floor(text.length / 2);
      yield text.slice(0, half);
      if (inside === '1' && killStep === `write ${name}`) die();
      yield text.slice(half);
    })(),
  })),
);
folder.release();
