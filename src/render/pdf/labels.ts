/** Words the print edition adds to the text, per script (one table, no scattered strings). */
import type { Lang, Script } from '../../book/types.js';

export interface Labels {
  contents: string;
  source: string;
  editor: string;
  /** Separates items on one byline (author, role). */
  bylineSeparator: string;
}

export const LABELS: Record<Script, Labels> = {
  Hans: { contents: '目录', source: '来源：', editor: '编', bylineSeparator: '\u3000' },
  Hant: { contents: '目錄', source: '來源：', editor: '編', bylineSeparator: '\u3000' },
};

export function scriptOf(lang: Lang): Script {
  return lang === 'zh-Hant' ? 'Hant' : 'Hans';
}

/** `2020-11-02` → `2020年11月2日`; partial dates keep what they have. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  let out = `${year}年`;
  if (month) out += `${Number(month)}月`;
  if (day) out += `${Number(day)}日`;
  return out;
}
