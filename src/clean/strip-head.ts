/**
 * The head of a page, above its first paragraph: the title, and what a site
 * prints around it — its name, the column (`評論`, `觀後感`), a one-item-per-line
 * menu, a list of other headlines, earlier copies of the title. The title is
 * the first line there that reads as one and has no evidence against it; it is
 * marked for the structure stage. Earlier copies of it go (the last copy before
 * the text is kept, so a decorated page title gives way to the plain one).
 */
import type { VFile } from 'vfile';
import { removeLine, type LineRoot } from './line-tree.js';
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
  // A full stop inside a line makes it a sentence (a caption, a note), not a title.
  if (/。(?!$)/.test(text)) return false;
  // The raw line too: a part marker's bracket (`【精选7篇】一`) may be gone by now.
  return !isByline(text) && !isPartHeading(text) && !isPartHeading(line.node.raw.trim());
}

/** The last crumbs of the page's breadcrumbs: the column the page sits in. */
function columnsOf(tree: LineRoot): Set<string> {
  const columns = new Set<string>();
  for (const node of tree.children) {
    if (node.fate !== 'removed' || node.rule !== 'strip-chrome') continue;
    const crumbs = node.value.split(/\s*[>›»→/|｜]+\s*/).map((crumb) => crumb.trim()).filter(Boolean);
    const last = crumbs[crumbs.length - 1];
    if (crumbs.length >= 2 && last) columns.add(last);
  }
  return columns;
}

/** Evidence that a title-like line above the title is the site's, not the text's. */
function chromeEvidence(line: ZonedLine, columns: ReadonlySet<string> = new Set()): string | null {
  if (columns.has(line.text)) return 'the column its breadcrumb names';
  if (line.features.columnCoverage >= 0.99) return 'site column name';
  if (siteName.test(line.text.replace(/^[-–•·\s]+/, ''))) return 'site name';
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
    const chromeShare = run.filter((item) => item.features.clickCoverage + item.features.columnCoverage > 0 || item.features.han === 0).length / Math.max(1, run.length);
    if (run.length >= menuRun || (run.length >= shortMenuRun && chromeShare >= 0.5)) runs.push([start, i]);
    start = line && isItem(line) ? i : i + 1;
  }
  return runs;
}

function remove(file: VFile, line: ZonedLine, what: string): void {
  removeLine(file, line.node, 'strip-head', what, { severity: 'info' });
}

export const stripHead: CleanPlugin = () => (tree: LineRoot, file) => {
  const { lines, bodyStart } = pageZones(tree);
  const head = lines.slice(0, bodyStart);
  if (head.length === 0) return;
  const removed = new Set<number>();
  for (const [start, end] of menuRuns(head, head.length)) {
    for (let i = start; i < end; i++) removed.add(i);
  }
  const candidates = head.map((line, index) => ({ line, index })).filter(({ line, index }) => !removed.has(index) && isTitleLike(line));
  // The title: the first candidate without evidence against it, unless a later one copies it;
  // but the candidate nearest the text wins when the page printed it twice (`欄目 欄目 標題 … 標題`).
  const nearest = candidates[candidates.length - 1];
  const nearestCopied = nearest && candidates.some(({ line, index }) => index < nearest.index && titleSimilarity(titleKey(line.text), titleKey(nearest.line.text)) >= sameTitle);
  const columns = columnsOf(tree);
  let titleAt = nearestCopied ? nearest : candidates.find(({ line }) => !chromeEvidence(line, columns));
  if (!titleAt) {
    // Without a title to anchor it, only a long menu is taken for one.
    for (const [start, end] of menuRuns(head, head.length)) {
      if (end - start >= menuRun) for (let i = start; i < end; i++) remove(file, head[i]!, 'site menu');
    }
    // A compilation without a page title: its first part heading heads the page.
    const part = head.find((line, index) => !removed.has(index) && isPartHeading(line.text));
    if (part && head.indexOf(part) === head.findIndex((line, index) => !removed.has(index) && line.features.han > 0)) part.node.marks.add('title');
    return;
  }
  const copies = candidates.filter(({ line }) => titleSimilarity(titleKey(line.text), titleKey(titleAt!.line.text)) >= sameTitle);
  titleAt = copies[copies.length - 1] ?? titleAt;
  // An earlier copy inside a run of short lines is one of a list of headlines: the whole run goes.
  for (const copy of copies.slice(0, -1)) {
    let start = copy.index;
    let end = copy.index + 1;
    const adjacent = (a: number, b: number) => head[b]!.node.line - head[a]!.node.line === 1 && !removed.has(b);
    while (start > 0 && adjacent(start - 1, start) && head[start - 1]!.features.length <= headlineMax) start--;
    while (end < titleAt.index && adjacent(end - 1, end) && head[end]!.features.length <= headlineMax) end++;
    if (end - start >= listRun) for (let i = start; i < end; i++) if (i !== titleAt.index) removed.add(i);
  }
  const firstCopy = copies[0]?.index ?? titleAt.index;
  head.forEach((line, index) => {
    if (index >= titleAt!.index) return;
    if (removed.has(index)) return remove(file, line, copies.some((copy) => copy.index === index) ? 'earlier copy of the title' : 'site menu or headline list');
    if (copies.some((copy) => copy.index === index)) return remove(file, line, 'earlier copy of the title');
    const evidence = chromeEvidence(line, columns);
    if (evidence) return remove(file, line, evidence);
    // Above a title the page printed twice, a short line is the site's (its column, its name).
    if (nearestCopied && index < firstCopy && isTitleLike(line)) remove(file, line, 'site heading above a title printed twice');
  });
  head.forEach((line, index) => {
    if (index > titleAt!.index && removed.has(index)) remove(file, line, 'site menu');
    // The site's name printed under the title, and the column tags it lists there (`• 時事`).
    else if (index > titleAt!.index && siteName.test(line.text.replace(/^[-–•·\s]+/, ''))) remove(file, line, 'site name');
    else if (index > titleAt!.index && /^[•·●▪]\s*\S{1,6}$/.test(line.text)) remove(file, line, 'column tag');
  });
  titleAt.line.node.marks.add('title');
};

export const stripHeadRule = defineRule({
  name: 'strip-head',
  reports: {
    'strip-head': { stage: 'clean', severity: 'info', summary: 'above the title: site name, column name, one-item-per-line menu, headline list, earlier copies of the title; the title is marked' },
  },
  phase: 'classify',
  after: ['duplicate-title'],
  examples: {
    ok: [{ input: '网评和时评的区别\n网评是网友评论，更多的是掺杂个人情感在里面。' }],
    notOk: [
      { input: '靚麗時尚館\n網評和時評的區別\n評論\n網評和時評的區別\n網評是網友評論，更多的是摻雜個人情感在裡面。', output: '網評和時評的區別\n網評是網友評論，更多的是摻雜個人情感在裡面。' },
    ],
  },
  plugin: stripHead,
});
