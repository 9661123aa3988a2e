/** The audit report's markup on a small fixture, its escaping, its anchors, and its bytes on the seeds. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processSources } from '../pipeline/front.js';
import { auditFiles, hostileTitle } from './__fixtures__/audit-files.js';
import { auditHtml } from './audit-html.js';
import { cleanJson } from './clean-json.js';

const html = auditHtml(auditFiles, hostileTitle);

/** Every id in the page, in order. */
const ids = (page: string) => [...page.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);

describe('audit report markup', () => {
  it('marks a changed line character by character, the rest plain', () => {
    expect(html).toContain(
      '<tr id="f1-L2" class="line changed r-fullwidth-punctuation"><td class="n"><a href="#f1-L2">2</a></td>' +
        '<td class="t">同志們<del>:</del><ins>：</ins></td><td class="r"><span class="fate">changed</span> <span class="rule">fullwidth-punctuation</span></td></tr>',
    );
    // Two rules on one line: a deleted space boxed and named, then the comma.
    expect(html).toContain(
      '<td class="t">中<del><span class="ws" title="U+0020"> </span></del>文<del>,</del><ins>，</ins></td>' +
        '<td class="r"><span class="fate">changed</span> <span class="rule">stray-space</span><br><span class="rule">fullwidth-punctuation</span></td>',
    );
  });

  it('counts lines by fate per file and in total', () => {
    expect(html).toContain(
      '<tbody><tr><td><a href="#f1">sources/a&lt;b&gt;&amp;.txt</a></td><td>1</td><td>4</td><td>1</td><td>1</td><td>1</td><td>1</td><td>5</td><td>1</td><td>1</td></tr>\n' +
        '<tr><td><a href="#f2">sources/b.txt</a></td><td class="zero">0</td><td>1</td><td class="zero">0</td><td>1</td><td class="zero">0</td><td class="zero">0</td><td>4</td><td>1</td><td>1</td></tr></tbody>\n' +
        '<tfoot><tr><td>total (2 files)</td><td>1</td><td>5</td><td>1</td><td>2</td><td>1</td><td>1</td><td>9</td><td>2</td><td>2</td></tr></tfoot></table>',
    );
  });

  it('counts lines and messages by rule in total and per file', () => {
    // In total: lines touched, messages, files it fired in.
    expect(html).toContain('<tr><td><code>fullwidth-punctuation</code></td><td>2</td><td>2</td><td>2</td><td class="what">');
    expect(html).toContain('<tr><td><code>empty-source</code></td><td class="zero">0</td><td>1</td><td>1</td><td class="what">');
    expect(html).toContain('<tfoot><tr><td>total</td><td>5</td><td>9</td><td></td><td></td></tr></tfoot>');
    // Per file.
    expect(html).toContain(
      '<tbody><tr><td><code>empty-source</code></td><td class="zero">0</td><td>1</td></tr><tr><td><code>fullwidth-punctuation</code></td><td>1</td><td>1</td></tr>' +
        '<tr><td><code>stray-space</code></td><td>1</td><td>1</td></tr><tr><td><code>no-title</code></td><td class="zero">0</td><td>1</td></tr></tbody>',
    );
  });

  it('offers a filter for every fate, both doubt levels and every rule present', () => {
    for (const fate of ['content', 'changed', 'metadata', 'removed']) expect(html).toContain(`<input type="checkbox" id="fate-${fate}" checked>`);
    expect(html).toContain('<input type="radio" name="doubt" id="doubt-error"> with an error <span class="c">2</span>');
    expect(html).toContain('<option value="r-stray-space">stray-space (1)</option>');
    expect(html).toContain('body:has(#rule-filter option[value="r-stray-space"]:checked) :is(tr.line,li.note):not(.r-stray-space){display:none}');
    expect(html).toContain('body:has(#fate-removed:not(:checked)) tr.removed{display:none}');
  });
});

describe('escaping', () => {
  it('escapes the title, paths, article titles, line text and reasons', () => {
    expect(html).toContain('<title>Essays &lt;b&gt; &amp; U+0007 &quot;quoted&quot; — cleaning report</title>');
    expect(html).toContain('<h1>Essays &lt;b&gt; &amp; <span class="cc">U+0007</span> &quot;quoted&quot; — cleaning report</h1>');
    expect(html).toContain('<h2>sources/a&lt;b&gt;&amp;.txt</h2>');
    expect(html).toContain('<a href="#f1-L2">標題 &lt;i&gt;&amp;</a> — 作者 · 2020-01-02');
    expect(html).toContain('<td class="t">首頁 &gt; 正文 &lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).toContain('<td class="r" title="Removed breadcrumb: `首頁 &gt; 正文`">');
    expect(html).toContain('<li class="error"><b>error</b>: Unexpected control character &lt;BEL&gt; &amp; more <code>encoding-damage</code></li>');
  });

  it('shows control and bidi characters as their code point, and lets none through', () => {
    expect(html).toContain('控制<span class="cc">U+0007</span>字符<span class="cc">U+202E</span>反向 &amp; 完');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<i>');
  });

  it('keeps a hostile rule id out of class names and selectors', () => {
    const files = structuredClone(auditFiles);
    files[1]!.lines[0]!.rule = 'x"><script>{}';
    const page = auditHtml(files, 't');
    expect(page).toContain('class="line changed r-x_22__3e__3c_script_3e__7b__7d_ r-stray-space r-fullwidth-punctuation"');
    expect(page).toContain('<span class="rule">x&quot;&gt;&lt;script&gt;{}</span>');
    expect(page).not.toContain('<script');
  });
});

describe('anchors', () => {
  it('gives every error and warning a jump link to a row or note that exists, and ids are unique', () => {
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    const jumps = [...html.matchAll(/<li class="(error|warning)"><a href="#([^"]+)">/g)];
    const doubts = auditFiles.flatMap((file) => file.messages).filter((message) => message.severity !== 'info');
    expect(jumps).toHaveLength(doubts.length);
    for (const [, severity, target] of jumps) {
      expect(all).toContain(target);
      // The target shows that doubt: the row carries its severity class, or the note is it.
      const element = html.slice(html.indexOf(` id="${target}"`)).split('\n')[0]!;
      expect(element).toMatch(new RegExp(`class="[^"]*s-(${severity}|error)[^"]*"`));
    }
    expect(jumps.map((jump) => jump[2])).toEqual(['f1-L3', 'f1-L3', 'f2-n1', 'f2-n2']);
  });

  it('links every article title to its first line', () => {
    expect(html).toContain('<a href="#f1-L2">標題');
  });
});

describe('determinism', () => {
  const project = join(import.meta.dirname, '..', '..');
  const seeds = () =>
    cleanJson(
      processSources(
        readdirSync(join(project, 'sources'))
          .filter((name) => name.endsWith('.txt'))
          .sort()
          .map((name) => ({ path: join('sources', name) })),
      ),
    );

  it('gives byte-identical HTML for the same sources, with no path of the machine in it', () => {
    const cwd = process.cwd();
    process.chdir(project);
    try {
      const first = auditHtml(seeds().files, '学习心得选编');
      const second = auditHtml(seeds().files, '学习心得选编');
      expect(second).toBe(first);
      expect(first).not.toContain(project);
      expect(first).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
      expect(first).not.toMatch(/<script|<link|src=|https?:/);
    } finally {
      process.chdir(cwd);
    }
  });
});
