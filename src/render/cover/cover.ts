/**
 * The front cover of an edition: title, subtitle and editor in the edition's
 * script, set in the book's own faces, drawn as SVG and rasterised by resvg
 * (from npm, its binary inside the package) with only those face files
 * loaded — no system font, so the same book gives the same PNG anywhere.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Book } from '../../book/types.js';
import { openFont } from '../../fonts/coverage.js';
import type { FontSet } from '../../fonts/fonts.js';
import { prohibitedAtLineEnd, prohibitedAtLineStart } from '../../typeset/char-classes.js';
import { ioError } from '../../util/io-error.js';
import { UserError } from '../../util/user-error.js';
import { titlePage } from '../present/heads.js';
import { labels } from '../present/words.js';

/** Cover size in pixels: the print page's proportions (A5, 1 : √2), as stores ask for at least 1400 px across. */
export const coverSize = { width: 1400, height: 1980 } as const;

const palette = { paper: '#f4efe4', ink: '#262422', accent: '#9e2a1f', quiet: '#5b554d' } as const;

/** Splits a text into at most `perLine` characters a line, lines as even as can be, no line opening with a closing mark. */
export function coverLines(text: string, perLine: number): string[] {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  const count = Math.max(1, Math.ceil(chars.length / perLine));
  const size = Math.ceil(chars.length / count);
  const lines: string[][] = [];
  for (let at = 0; at < chars.length; ) {
    let end = Math.min(chars.length, at + size);
    // Keep a closing mark with what it closes, an opening one with what it opens.
    while (end < chars.length && end - at > 1 && (prohibitedAtLineStart(chars[end]!) || prohibitedAtLineEnd(chars[end - 1]!))) end--;
    lines.push(chars.slice(at, end));
    at = end;
  }
  return lines.map((line) => line.join('').trim()).filter((line) => line.length > 0);
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The cover as SVG: title lines, a rule, subtitle, and the editor and publisher at the foot. */
export function coverSvg(book: Book, families: { heading: string; body: string }): string {
  const page = titlePage(book);
  const { width, height } = coverSize;
  const margin = 130;
  const titleSize = 132;
  const titleLines = coverLines(page.title, Math.max(4, Math.floor((width - 2 * margin) / titleSize)));
  const subtitleSize = 54;
  const subtitleLines = page.subtitle ? coverLines(page.subtitle, Math.floor((width - 2 * margin) / subtitleSize)) : [];
  const text = (content: string, x: number, y: number, size: number, family: string, fill: string, weight = 'normal') =>
    `<text x="${x}" y="${y}" font-family="${escapeXml(family)}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="middle">${escapeXml(content)}</text>`;
  const centre = width / 2;
  let y = 560;
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="${palette.paper}"/>`,
    `<rect x="60" y="60" width="${width - 120}" height="${height - 120}" fill="none" stroke="${palette.accent}" stroke-width="6"/>`,
    `<rect x="60" y="60" width="${width - 120}" height="210" fill="${palette.accent}"/>`,
  ];
  for (const line of titleLines) {
    parts.push(text(line, centre, y, titleSize, families.heading, palette.ink, 'bold'));
    y += titleSize * 1.3;
  }
  y += 10;
  parts.push(`<rect x="${centre - 160}" y="${y}" width="320" height="8" fill="${palette.accent}"/>`);
  y += 120;
  for (const line of subtitleLines) {
    parts.push(text(line, centre, y, subtitleSize, families.body, palette.quiet));
    y += subtitleSize * 1.5;
  }
  parts.push(text(page.editorLine, centre, height - 330, 60, families.body, palette.ink));
  if (page.publisher) parts.push(text(page.publisher, centre, height - 190, 46, families.body, palette.quiet));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
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

export interface CoverImage {
  bytes: Uint8Array;
  mediaType: 'image/png' | 'image/jpeg';
  /** File name extension inside the EPUB. */
  extension: 'png' | 'jpg';
}

/** The user's own cover (the manifest's `cover`), checked to be a PNG or JPEG, or the generated one. */
export function coverImage(book: Book, fonts: FontSet): CoverImage {
  const path = book.meta.cover;
  if (!path) return { bytes: coverPng(book, fonts), mediaType: 'image/png', extension: 'png' };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    throw ioError(error, 'cannot read the cover image named by the manifest key `cover`', path);
  }
  const head = Buffer.from(bytes.subarray(0, 4)).toString('hex');
  if (head === '89504e47') return { bytes, mediaType: 'image/png', extension: 'png' };
  if (head.startsWith('ffd8ff')) return { bytes, mediaType: 'image/jpeg', extension: 'jpg' };
  throw new UserError(`Not a PNG or JPEG image: ${path} (manifest key \`cover\`)`, 'name a .png or .jpg file, or leave `cover` out to have one generated from the title page', 2);
}
