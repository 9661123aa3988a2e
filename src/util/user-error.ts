/**
 * A failure the user can act on: bad input, a bad manifest, a missing glyph.
 * The command line prints `message` and `detail` and exits non-zero; anything
 * else that throws is a programmer error and keeps its stack.
 */
export class UserError extends Error {
  readonly detail: string;
  /** Exit code for the command line: 1 for content problems, 2 for usage/IO. */
  readonly exitCode: 1 | 2;

  constructor(message: string, detail = '', exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'UserError';
    this.detail = detail;
    this.exitCode = exitCode;
  }
}
