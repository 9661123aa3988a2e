import { Resvg } from '@resvg/resvg-js';
import type { Book } from '../../book/types.js';
import { openFont } from '../../fonts/coverage.js';
import type { FontSet } from '../../fonts/fonts.js';
import { titlePage } from '../present/heads.js';
import { labels } from '../present/words.js';
import { coverScene, type SceneShape } from './design.js';
import { type CoverImage, userCoverImage } from './user-cover.js';

export type { CoverImage } from './user-cover.js';

/** Cover size in pixels: the print page's proportions (A5, 1 : √2), as stores ask for at least 1400 px across. */
export const coverSize = { width: 1400, height: 1980 } as const;

export { coverLines } from './design.js';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function svgShape(shape: SceneShape, families: { heading: string; body: string }): string {
  if (shape.kind === 'text') {
    const family = families[shape.face];
    return `<text x="${shape.x}" y="${shape.y}" font-family="${escapeXml(family)}" font-size="${shape.size}" font-weight="${shape.bold ? 'bold' : 'normal'}" fill="${shape.fill}" text-anchor="middle">${escapeXml(shape.text)}</text>`;
  }
  const at = shape.paper ? '' : `x="${shape.x}" y="${shape.y}" `;
  const paint = shape.stroke ? `fill="none" stroke="${shape.stroke.colour}" stroke-width="${shape.stroke.width}"` : `fill="${shape.fill}"`;
  return `<rect ${at}width="${shape.width}" height="${shape.height}" ${paint}/>`;
}

/** The cover as SVG: title lines, a rule, subtitle, and the editor and publisher at the foot. */
export function coverSvg(book: Book, families: { heading: string; body: string }): string {
  const { width, height } = coverSize;
  const scene = coverScene(book, width, height);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${scene.shapes.map((shape) => svgShape(shape, families)).join('')}</svg>`;
}

/** What the cover shows, in words: its alternative text. */
export function coverDescription(book: Book): string {
  const page = titlePage(book);
  const words = labels[book.lang];
  return [`${words.cover}：${page.title}`, page.subtitle, page.editorLine, page.publisher].filter((part): part is string => !!part).join('，');
}

/** The cover as PNG bytes, set in the edition's heading and body faces. */
export function coverPng(book: Book, fonts: FontSet): Uint8Array {
  const families = { heading: openFont(fonts.faces.heading).familyName, body: openFont(fonts.faces.body).familyName };
  const resvg = new Resvg(coverSvg(book, families), {
    font: { loadSystemFonts: false, fontFiles: [fonts.faces.heading, fonts.faces.body], defaultFontFamily: families.body },
    fitTo: { mode: 'original' },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The user's own cover (the manifest's `cover`), checked to be a PNG or JPEG, or the generated one. */
export function coverImage(book: Book, fonts: FontSet): CoverImage {
  const path = book.meta.cover;
  return path ? userCoverImage(path) : { bytes: coverPng(book, fonts), mediaType: 'image/png', extension: 'png' };
}
