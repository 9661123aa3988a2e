/** Minimal typing for the `linebreak` package (UAX #14); it ships none. */
declare module 'linebreak' {
  export interface LineBreak {
    /** Index in the string before which a line may break. */
    position: number;
    /** A mandatory break (newline). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): LineBreak | null;
  }
}
