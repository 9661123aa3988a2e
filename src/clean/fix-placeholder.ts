/**
 * The placeholder `wenji fix` writes as a correction's `replace` when it
 * cannot be sure of the text: the best reconstruction in `⟦FIXME …⟧`, lost
 * characters as 〓. The brackets never occur in Chinese prose, and the damage
 * detector reports them as an error, so an unedited entry never passes a build.
 */
export const placeholderOpen = '⟦FIXME ';
export const placeholderClose = '⟧';
/** A character whose bytes were lost (the geta mark, used for missing characters in print). */
export const lostChar = '〓';

export function placeholder(reconstruction: string): string {
  return `${placeholderOpen}${reconstruction}${placeholderClose}`;
}

/** Unedited placeholders in a line. */
export const placeholderPattern = /⟦FIXME[^⟧]*⟧?/g;
