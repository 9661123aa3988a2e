/**
 * The header a BBS prints above a post (PTT and the boards that copy its
 * layout), as scraped pages keep it, a field a line with no space after the
 * label:
 *
 *     作者jjjhhh (baby)
 *     看板Jay
 *     標題[心得] 不能說的秘密 觀後感
 *     時間Sun Oct 28 10:17:57 2007
 *
 * The writer's account and the date are lifted, the board goes, and the title
 * line keeps only the title (the category tag `[心得]` is the board's).
 */
import type { LiftedMeta } from './line-tree.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `作者jjjhhh (baby)`, with the board on the same line as some pages print it (`作者… 看板Jay`). */
const authorField = /^作者\s*[:：]?\s*([A-Za-z][A-Za-z0-9_]{1,15})\s*(?:\([^)]{0,30}\))?\s*(?:看板\s*[:：]?\s*[A-Za-z0-9_-]{1,24})?$/;
const boardField = /^看板\s*[:：]?\s*[A-Za-z0-9_-]{1,24}$/;
const timeField = /^(?:時間|时间)\s*[:：]?\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+\d{1,2}:\d{2}:\d{2}\s+(\d{4})$/;
/** The label and the board's category tag before a title: `標題[心得] `. */
export const titleFieldPrefix = /^(?:標題|标题)\s*[:：]?\s*(?:\[[^\]]{1,8}\]\s*)?(?=\S)/g;

/** What a header line gives: metadata to lift, or nothing to keep (the board); null for any other line. */
export function readBbsField(text: string): LiftedMeta | null {
  const author = authorField.exec(text);
  if (author) return { author: author[1]! };
  if (boardField.test(text)) return {};
  const time = timeField.exec(text);
  if (time) {
    const month = months.indexOf(time[1]!) + 1;
    if (month === 0) return null;
    return { date: `${time[3]}-${String(month).padStart(2, '0')}-${time[2]!.padStart(2, '0')}` };
  }
  return null;
}
