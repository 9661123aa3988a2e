import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherFaces, otherFontManifests } from './__fixtures__/faces.js';
import { fallbackFor, loadFontSet } from './fonts.js';

/** A font manifest with every role of both scripts set to `face`. */
function manifestWith(face: string): string {
  const roles = `{ body: ${face}, bold: ${face}, heading: ${face} }`;
  const path = join(mkdtempSync(join(tmpdir(), 'wenji-fonts-')), 'fonts.yaml');
  writeFileSync(path, `faces:\n  Hans: ${roles}\n  Hant: ${roles}\n`);
  return path;
}

describe('font manifest', () => {
  it('refuses a web font with the key and what to use instead', () => {
    const manifest = manifestWith(`{ file: "${otherFaces.cffWoff2}" }`);
    expect(() => loadFontSet('Hans', manifest)).toThrow(
      expect.objectContaining({
        message: `Web font not supported: ${otherFaces.cffWoff2} (${manifest}: key \`faces.Hans.body\`)`,
        detail: expect.stringMatching(/^this is a WOFF2 file; name the family's TrueType or OpenType file \(\.ttf, \.otf\) instead/),
      }),
    );
  });
  it('gives each role the fallback faces that serve it, in order', () => {
    const fonts = loadFontSet('Hans', otherFontManifests['M PLUS Rounded 1c']);
    const names = (role: 'body' | 'bold' | 'heading') => fallbackFor(fonts, role).map((path) => path.split('/').pop());
    expect(names('heading')).toEqual(['NotoSansSC_800ExtraBold.ttf', 'NotoSansTC_800ExtraBold.ttf', 'NotoSansSC_400Regular.ttf', 'NotoSansTC_400Regular.ttf']);
    expect(names('bold')).toEqual(['NotoSansSC_700Bold.ttf', 'NotoSansTC_700Bold.ttf', 'NotoSansSC_400Regular.ttf', 'NotoSansTC_400Regular.ttf']);
    expect(names('body')).toEqual(['NotoSansSC_400Regular.ttf', 'NotoSansTC_400Regular.ttf']);
    // Without roles every fallback serves every role.
    const noto = loadFontSet('Hans');
    expect(fallbackFor(noto, 'heading')).toEqual(noto.fallback);
    const manifest = manifestWith(`{ file: "${otherFaces.cffRegular}" }`);
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}fallback:\n  - { file: "${otherFaces.cffBold}", roles: [italic] }\n`);
    expect(() => loadFontSet('Hans', manifest)).toThrow(`Invalid font manifest ${manifest}:5: key \`fallback.0\``);
  });

  it('takes TrueType and CFF faces', () => {
    expect(loadFontSet('Hans', manifestWith(`{ file: "${otherFaces.cffRegular}" }`)).faces.body).toBe(otherFaces.cffRegular);
    for (const manifest of Object.values(otherFontManifests)) expect(loadFontSet('Hant', manifest).fallback.length).toBeGreaterThan(0);
  });
});
