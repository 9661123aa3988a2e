/**
 * The head of a page, above its first paragraph: the title, and what a site
 * prints around it — its name, the column (`評論`, `觀後感`), a one-item-per-line
 * menu, a list of other headlines, earlier copies of the title. The title is
 * the first line there that reads as one and has no evidence against it; it is
 * marked for the structure stage. Earlier copies of it go (the last copy before
 * the text is kept, so a decorated page title gives way to the plain one).
 */
import type { VFile } from 'vfile';
import { type LineRoot, removeLine } from './line-tree.js';
import { pageZones, type ZonedLine } from './page-zones.js';
import { breadcrumb } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';
import { isByline, isPartHeading, titleKey, titleSimilarity } from './title-shape.js';

const titleMaxLength = 64;
const menuItemMax = 6;
/** A run of this many very short lines is a menu printed one item per line. */
const menuRun = 8;
/** A shorter run is a menu when half its items are chrome words. */
const shortMenuRun = 3;
const listRun = 3;
/** A headline in a list of them is a line this short. */
const headlineMax = 40;
const siteName = /^[^\s，。！？,]{2,10}(网|網|站|网站|網站|馆|館|文库|文庫|论坛|論壇|社区|社區|博客|部落格|之家|在线|在線)$/;
const sameTitle = 0.7;

function isTitleLike(line: ZonedLine): boolean {
  const { features, text } = line;
  if (features.length < 2 || features.length > titleMaxLength || features.han < 2) return false;
  if (features.hanShare < 0.4 || breadcrumb.test(text) || features.clickCoverage >= 0.6) return false;
  // A full stop inside a line makes it a sentence (a caption, a note), not a title; a colon at its end introduces what follows (`温馨提示：`).
  if (/。(?!$)/.test(text) || /[:：]$/.test(text)) return false;
  // The raw line too: a part marker's bracket (`【精选7篇】一`) may be gone by now.
  return !isByline(text) && !isPartHeading(text) && !isPartHeading(line.node.raw.trim());
}

const crumbSplit = /\s*[>›»→/|｜]+\s*/;
/** A column's name is this short; a longer last crumb is a title. */
const columnCrumbMax = 12;

/** The last crumbs of the page's breadcrumbs: the column the page sits in. */
function columnsOf(tree: LineRoot): Set<string> {
  const columns = new Set<string>();
  const crumbsOf = (text: string) =>
    text
      .split(crumbSplit)
      .map((crumb) => crumb.trim())
      .filter(Boolean);
  for (const node of tree.children) {
    if (node.fate !== 'removed' || node.rule !== 'strip-chrome') continue;
    const crumbs = crumbsOf(node.value);
    // A long last crumb is the page's own title (`… > 心得感悟 > 教师假期读书心得美篇(模板19篇)`, as the page had it
    // before its count came off): the column is the one before it.
    const rawLast = crumbsOf(node.raw).at(-1) ?? '';
    const last = [...rawLast].length > columnCrumbMax ? crumbs[crumbs.length - 2] : crumbs[crumbs.length - 1];
    if (crumbs.length >= 2 && last) columns.add(last);
  }
  return columns;
}

/** Evidence that a title-like line above the title is the site's, not the text's. */
function chromeEvidence(line: ZonedLine, columns: ReadonlySet<string> = new Set()): string | null {
  if (columns.has(line.text)) return 'the column its breadcrumb names';
  if (line.features.columnCoverage >= 0.99) return 'site column name';
  if (siteName.test(line.text.replace(/^[-–•·\s]+/, ''))) return 'site name';
  // `:::` (the access key of Taiwan government sites), `***`, `———`: no word above the title is the text's.
  if (!/[\p{L}\p{N}]/u.test(line.text)) return 'marks without a word';
  return null;
}

/** Runs of consecutive raw lines (no blank between) that look like a menu: index ranges in `lines`. */
function menuRuns(lines: readonly ZonedLine[], end: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  const isItem = (line: ZonedLine) => line.features.length <= menuItemMax && line.features.sentenceMarks === 0 && line.features.clauseMarks === 0;
  for (let i = 0; i <= end; i++) {
    const line = lines[i];
    const continues = line !== undefined && i < end && isItem(line);
    if (continues) continue;
    const run = lines.slice(start, i);
    const chromeShare =
      run.filter((item) => item.features.clickCoverage + item.features.columnCoverage > 0 || item.features.han === 0).length / Math.max(1, run.length);
    if (run.length >= menuRun || (run.length >= shortMenuRun && chromeShare >= 0.5)) runs.push([start, i]);
    start = line && isItem(line) ? i : i + 1;
  }
  return runs;
}

function remove(file: VFile, line: ZonedLine, what: string): void {
  removeLine(file, line.node, 'strip-head', what, { severity: 'info' });
}

interface TitleChoice {
  /** Index in the head of the line taken for the title. */
  title: number;
  /** Indexes of its copies, in order (the title is the last). */
  copies: number[];
  /** The page printed its title twice, so short lines above the first copy are the site's. */
  printedTwice: boolean;
}

/** Indexes of the head's lines that belong to a menu printed one item per line. */
function menuIndexes(head: readonly ZonedLine[], minimumRun = 0): Set<number> {
  const indexes = new Set<number>();
  for (const [start, end] of menuRuns(head, head.length)) {
    if (end - start >= minimumRun) for (let i = start; i < end; i++) indexes.add(i);
  }
  return indexes;
}

/**
 * The title: the first candidate without evidence against it, unless a later
 * one copies it; but the candidate nearest the text wins when the page printed
 * it twice (`欄目 欄目 標題 … 標題`).
 */
function chooseTitle(head: readonly ZonedLine[], menus: ReadonlySet<number>, columns: ReadonlySet<string>): TitleChoice | null {
  const candidates = head.map((line, index) => ({ line, index })).filter(({ line, index }) => !menus.has(index) && isTitleLike(line));
  // A title printed before in pieces, a word a line (`深入` `推进` … `心得体会`, then the title): the pieces are a copy of it.
  for (const { line, index } of candidates) {
    const pieces = piecesBefore(head, index, line.text);
    if (pieces.length > 0) return { title: index, copies: [...pieces, index], printedTwice: true };
  }
  const same = (a: ZonedLine, b: ZonedLine) => titleSimilarity(titleKey(a.text), titleKey(b.text)) >= sameTitle;
  const nearest = candidates[candidates.length - 1];
  const printedTwice = nearest !== undefined && candidates.some(({ line, index }) => index < nearest.index && same(line, nearest.line));
  const first = printedTwice ? nearest : candidates.find(({ line }) => !chromeEvidence(line, columns));
  if (!first) return null;
  const copies = candidates.filter(({ line }) => same(line, first.line)).map(({ index }) => index);
  return { title: copies[copies.length - 1] ?? first.index, copies, printedTwice };
}

/** A piece of a title printed a word a line is this short. */
const pieceMax = 8;

/**
 * Indexes of the run of short lines right above `index` that spell `title`,
 * or nearly (perhaps after a year or a number): at least two pieces, else none.
 */
function piecesBefore(head: readonly ZonedLine[], index: number, title: string): number[] {
  const target = title.replace(/\s+/gu, '');
  const run: number[] = [];
  let spelled = '';
  for (let i = index - 1; i >= 0 && [...head[i]!.text].length <= pieceMax; i--) {
    run.unshift(i);
    spelled = head[i]!.text.replace(/\s+/gu, '') + spelled;
    // A piece may have lost a character on the way (学习 for 学习型): nearly the title is enough.
    const spells = titleSimilarity(spelled, target) >= 0.85 && Math.abs(spelled.length - target.length) <= 2;
    if (spells || (spelled.endsWith(target) && /^[\d\s年]+$/.test(spelled.slice(0, -target.length)))) {
      return run.length >= 2 ? run : [];
    }
    if (spelled.length > target.length + 8) break;
  }
  return [];
}

/** An earlier copy of the title inside a run of short lines is one of a list of headlines: the whole run goes. */
function headlineLists(head: readonly ZonedLine[], menus: ReadonlySet<number>, choice: TitleChoice): Set<number> {
  const gone = new Set(menus);
  for (const copy of choice.copies.slice(0, -1)) {
    let start = copy;
    let end = copy + 1;
    const adjacent = (a: number, b: number) => head[b]!.node.line - head[a]!.node.line === 1 && !menus.has(b);
    while (start > 0 && adjacent(start - 1, start) && head[start - 1]!.features.length <= headlineMax) start--;
    while (end < choice.title && adjacent(end - 1, end) && head[end]!.features.length <= headlineMax) end++;
    if (end - start >= listRun) for (let i = start; i < end; i++) if (i !== choice.title) gone.add(i);
  }
  return gone;
}

/** Above the title: menus and lists, earlier copies, lines with evidence of being the site's. */
function sweepAbove(file: VFile, head: readonly ZonedLine[], gone: ReadonlySet<number>, choice: TitleChoice, columns: ReadonlySet<string>): void {
  const firstCopy = choice.copies[0] ?? choice.title;
  const classify = (line: ZonedLine, index: number) => {
    const copy = choice.copies.includes(index);
    if (copy) return remove(file, line, 'earlier copy of the title');
    if (gone.has(index)) return remove(file, line, 'site menu or headline list');
    const evidence = chromeEvidence(line, columns);
    if (evidence) return remove(file, line, evidence);
    if (choice.printedTwice && index < firstCopy && isTitleLike(line)) remove(file, line, 'site heading above a title printed twice');
  };
  for (const [index, line] of head.slice(0, choice.title).entries()) classify(line, index);
}

/** Below the title, still above the text: a menu, the site's name, the column tags it lists (`• 時事`). */
function sweepBelow(file: VFile, head: readonly ZonedLine[], gone: ReadonlySet<number>, choice: TitleChoice): void {
  head.forEach((line, index) => {
    if (index <= choice.title) return;
    if (gone.has(index)) remove(file, line, 'site menu');
    else if (siteName.test(line.text.replace(/^[-–•·\s]+/, ''))) remove(file, line, 'site name');
    else if (/^[•·●▪]\s*\S{1,6}$/.test(line.text)) remove(file, line, 'column tag');
  });
}

/** A head with no title in it: only a long menu is taken for one, and a compilation's first part heads the page. */
function headWithoutTitle(file: VFile, head: readonly ZonedLine[], menus: ReadonlySet<number>): void {
  for (const index of menuIndexes(head, menuRun)) remove(file, head[index]!, 'site menu');
  const part = head.find((line, index) => !menus.has(index) && isPartHeading(line.text));
  if (part && head.indexOf(part) === head.findIndex((line, index) => !menus.has(index) && line.features.han > 0)) part.node.marks.add('title');
}

export const stripHead: CleanPlugin = () => (tree: LineRoot, file) => {
  const { lines, bodyStart } = pageZones(tree);
  const head = lines.slice(0, bodyStart);
  if (head.length === 0) return;
  const menus = menuIndexes(head);
  const columns = columnsOf(tree);
  const choice = chooseTitle(head, menus, columns);
  if (!choice) return headWithoutTitle(file, head, menus);
  const gone = headlineLists(head, menus, choice);
  sweepAbove(file, head, gone, choice, columns);
  sweepBelow(file, head, gone, choice);
  head[choice.title]!.node.marks.add('title');
};

export const stripHeadRule = defineRule({
  name: 'strip-head',
  reports: {
    'strip-head': {
      stage: 'clean',
      severity: 'info',
      summary: 'above the title: site name, column name, one-item-per-line menu, headline list, earlier copies of the title; the title is marked',
    },
  },
  phase: 'classify',
  after: ['duplicate-title'],
  examples: {
    ok: [{ input: '网评和时评的区别\n网评是网友评论，更多的是掺杂个人情感在里面。' }],
    notOk: [
      {
        input: '靚麗時尚館\n網評和時評的區別\n評論\n網評和時評的區別\n網評是網友評論，更多的是摻雜個人情感在裡面。',
        output: '網評和時評的區別\n網評是網友評論，更多的是摻雜個人情感在裡面。',
      },
      {
        // A document-share page prints the title a word a line (one word lost a character) before printing it whole.
        input:
          '深入\n推进\n学习\n党组织\n建设\n心得体会\n深入推进学习型党组织建设心得体会\n党的十七届四中全会提出了建设马克思主义学习型政党的重大任务，我们要认真学习领会。',
        output: '深入推进学习型党组织建设心得体会\n党的十七届四中全会提出了建设马克思主义学习型政党的重大任务，我们要认真学习领会。',
      },
    ],
  },
  plugin: stripHead,
});
