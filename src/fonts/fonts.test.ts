import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherFaces, otherFontManifests } from './__fixtures__/faces.js';
import { loadFontSet } from './fonts.js';

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
    expect(() => loadFontSet('Hans', manifest)).toThrow(expect.objectContaining({
      message: `Web font not supported: ${otherFaces.cffWoff2} (${manifest}: key \`faces.Hans.body\`)`,
      detail: expect.stringMatching(/^this is a WOFF2 file; name the family's TrueType or OpenType file \(\.ttf, \.otf\) instead/),
    }));
  });
  it('takes TrueType and CFF faces', () => {
    expect(loadFontSet('Hans', manifestWith(`{ file: "${otherFaces.cffRegular}" }`)).faces.body).toBe(otherFaces.cffRegular);
    for (const manifest of Object.values(otherFontManifests)) expect(loadFontSet('Hant', manifest).fallback.length).toBeGreaterThan(0);
  });
});
