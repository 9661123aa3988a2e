/** `wenji fix`: a ready-to-edit correction per unrepaired damage, appended, kept, never twice, failing the build until edited. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

function setUp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wenji-fix-'));
  // A run of GBK text read one byte off (the lead byte of 為 lost): bytes are gone, so only a person can fix it.
  const raw = readFileSync(join(import.meta.dirname, '__fixtures__', 'fix-damage', 'input.txt'), 'utf8');
  const shifted = iconv.decode(iconv.encode('為群眾的自覺行動', 'gbk').subarray(1), 'gbk');
  writeFileSync(join(dir, 'a.txt'), raw.replace('為群眾的自覺行動', shifted));
  return dir;
}

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (out += t) });
  return { code, out };
}

const expected = `# kept by hand
fixes:
  # an old one
  - text: "一篇受损"
    replace: "一篇受損"
    reason: typo
  - text: "要把它變槿罕姷淖杂X行"
    replace: "⟦FIXME 要把它變群眾〓淖杂X行⟧"
    reason: "line 3: misread character run \`槿罕姷\` (reads as \`群眾〓\`); check the text in the placeholder, then put it in place of the whole ⟦FIXME …⟧"
  - text: "得到擁護?!這是我們"
    replace: "⟦FIXME 得到擁護〓〓這是我們⟧"
    reason: "line 3: run of question marks (lost bytes) \`?!\`; check the text in the placeholder, then put it in place of the whole ⟦FIXME …⟧"
`;

describe('wenji fix', () => {
  it('writes an entry per damage, keeps existing entries and comments, and is idempotent', async () => {
    const dir = setUp();
    const source = join(dir, 'a.txt');
    const fixes = join(dir, 'a.fixes.yaml');
    writeFileSync(fixes, '# kept by hand\nfixes:\n  # an old one\n  - text: "一篇受损"\n    replace: "一篇受損"\n    reason: typo\n');
    const first = await run(['fix', source]);
    expect(first.code).toBe(0);
    const written = readFileSync(fixes, 'utf8');
    expect(written).toBe(expected);
    expect(first.out).toContain('a.fixes.yaml: added');
    // The placeholder fails the check until edited.
    expect((await run(['check', source])).code).toBe(1);
    expect((await run(['check', source])).out).toContain('unedited placeholder');
    // A second run adds nothing.
    const second = await run(['fix', source]);
    expect(second.out).toContain('no unrepaired damage');
    expect(readFileSync(fixes, 'utf8')).toBe(written);
  });

  it('creates the file when there is none, and an edited entry passes', async () => {
    const dir = setUp();
    const source = join(dir, 'a.txt');
    await run(['fix', source]);
    const fixes = join(dir, 'a.fixes.yaml');
    const written = readFileSync(fixes, 'utf8');
    expect(written).toMatch(/^fixes:\n {2}- text: "/);
    writeFileSync(
      fixes,
      written.replace(/replace: "⟦FIXME [^"]*"/g, (m) => m.replace('⟦FIXME ', '').replace('⟧', '').replaceAll('〓', '為')),
    );
    const check = await run(['check', source]);
    expect(check.out).not.toContain('encoding-damage');
  });
});
