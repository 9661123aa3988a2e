/** `wenji convert`: files or standard input to standard output in one script; doubts on standard error. */
import { readFileSync } from 'node:fs';
import { convertLines } from '../convert/convert-lines.js';
import type { Variant } from '../convert/converters.js';
import { scriptOfLang } from '../convert/to-script.js';
import { UserError } from '../util/user-error.js';
import type { Io } from './main.js';

const variants: readonly Variant[] = ['tw', 'twp', 'hk', 't'];

export function runConvert(options: { to: string | undefined; variant: string; files: string[]; strict: boolean }, io: Io): number {
  const usage = 'usage: wenji convert --to zh-Hant|zh-Hans [--variant tw|twp|hk|t] [files...]';
  if (options.to !== 'zh-Hant' && options.to !== 'zh-Hans') throw new UserError('wenji convert: --to must be zh-Hant or zh-Hans', usage, 2);
  if (!variants.includes(options.variant as Variant)) throw new UserError(`wenji convert: unknown variant \`${options.variant}\``, usage, 2);
  const inputs =
    options.files.length > 0
      ? options.files.map((path) => ({ name: path, text: readInput(path) }))
      : [{ name: '<stdin>', text: io.stdin ? io.stdin() : readFileSync(0, 'utf8') }];
  let warnings = 0;
  for (const input of inputs) {
    const { lines, guesses } = convertLines(input.text.split('\n'), scriptOfLang(options.to), {
      variant: options.variant as Variant,
      dictionary: {},
      keep: [],
    });
    io.stdout(lines.join('\n'));
    for (const guess of guesses) {
      const what =
        guess.kind === 'leftover'
          ? `Unexpected \`${guess.char}\` of the other script (\`${guess.targets}\`?)`
          : `Unexpected ambiguous conversion of \`${guess.char}\` (${[...guess.targets].join('/')})`;
      io.stderr(`${input.name}:${guess.line}:${guess.index + 1}  warning  ${what}  ambiguous-conversion\n`);
      warnings++;
    }
  }
  return options.strict && warnings > 0 ? 1 : 0;
}

function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`${path}: cannot read the file`, 'check the path', 2);
  }
}
