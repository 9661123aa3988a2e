/**
 * A page's meta bar: date, source, author and counters above (or just below)
 * the title — `来源：… 发布日期：…`, `2023-02-09 本文已影响0人 57采薇`,
 * `发布于2024-06-08 20:19，全文约 18296 字`, `中華民國91年3月19日星期二`,
 * `爱美丽发表时间 3057885`. Read into metadata; null when the line is not one.
 */
import { findEnglishDate, findIsoDate } from './dates.js';
import { columnWords } from './lexicon.js';
import type { LiftedMeta } from './line-tree.js';
import { chromePhrases, datePattern, hanChar, metaLabels, metaLabelWithColon, sentencePunct, timePattern } from './patterns.js';

const metaBarMaxLength = 100;
const rocDate = /(?:中華民國|中华民国|民國|民国)\s*\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const leadingBullet = /^[\s•·\-–—*]+/;
const dateLabel = /^(date|日期|发布于|發佈於|發布於|发表于|發表於|更新于|更新於|发布|發布|发表|發表)\s*[:：]?\s*/i;
const counters =
  /(本文已影响|本文已影響|阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣)\s*[:：]?\s*\d+\s*(人|次)?|\d+\s*(人|次)(阅读|閱讀|浏览|瀏覽|看过|看過)|全文(共|约|約)\s*\d+\s*字|星期[一二三四五六日天]|週[一二三四五六日]|(发布|發布|發佈)$/g;
/** `爱美丽发表时间 3057885`: a user name glued before the date label. */
const userBeforeLabel = /^([^\s:：]{2,12}?)(发表时间|發表時間|发布时间|發佈時間|發布時間)\s*[:：]?\s*(.*)$/;
/** A user name has digits or Latin letters mixed in; a bare Han phrase after a date is a source. */
const userName = /^(?=.*[\u3400-\u9fff])(?=.*[0-9A-Za-z])[0-9A-Za-z\u3400-\u9fff_]{2,16}$/;

function withoutChrome(text: string): string {
  return chromePhrases.reduce((rest, phrase) => rest.split(phrase).join(' '), text);
}

/** Values of `label：value` pairs, each value running to the next label or a space run. */
function labeledValues(text: string): LiftedMeta {
  const meta: LiftedMeta = {};
  const labels = [...text.matchAll(metaLabelWithColon)];
  labels.forEach((label, i) => {
    const start = label.index + label[0].length;
    const end = i + 1 < labels.length ? labels[i + 1]!.index : text.length;
    const value = text
      .slice(start, end)
      .trim()
      .split(/\s{2,}|\u3000/)[0]!
      .trim();
    const key = metaLabels.find((entry) => entry.pattern.test(label[1]!))?.key;
    if (!value || !key) return;
    if (key === 'date') {
      const date = findIsoDate(value);
      if (date) meta.date = date;
    } else if (key === 'source' || key === 'author') {
      meta[key] = value.split(/\s/)[0]!;
    }
  });
  return meta;
}

/** What is left of a date-led line once the date, time, counters and chrome words are gone. */
function dateLedRest(text: string): string {
  return withoutChrome(text.replace(rocDate, ' ').replace(datePattern, ' ').replace(timePattern, ' ').replace(counters, ' ').replace(/[,，]/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** `来源：… 发布日期：…`: labelled values (one label is enough above the text). */
function labelledBar(text: string, inHead: boolean): LiftedMeta | null {
  const labelCount = new Set([...text.matchAll(metaLabelWithColon)].map((m) => m[1])).size;
  if (labelCount < 2 && !(labelCount === 1 && inHead)) return null;
  const meta = labeledValues(text);
  if (!meta.date) {
    const date = findIsoDate(text);
    if (date) meta.date = date;
  }
  return meta;
}

/** `专栏名称：某某`, `公众号：某某`: the account the page was copied from, named as its author. */
function accountLine(text: string): LiftedMeta | null {
  const account = /^(?:专栏名称|專欄名稱|公众号|公眾號|微信号|微信號)\s*[:：]\s*(\S{2,20})$/.exec(text);
  return account ? { author: account[1]! } : null;
}

/** `学习学习再学习 · 公众号 · 学习 · 2017-02-22 11:44`: a feed's meta line, short parts between dots. */
function feedLine(text: string): LiftedMeta | null {
  const parts = text.split(/\s*[·•|｜]\s*/);
  if (parts.length < 3 || parts.some((part) => [...part].length > 16)) return null;
  const date = findIsoDate(text);
  if (!date) return null;
  const copied = parts.some((part) => /^(公众号|公眾號|专栏|專欄)$/.test(part.trim()));
  return copied ? { date, author: parts[0]!.trim() } : { date };
}

/** `Wednesday, February 4, 2015`: a blog platform's English date header. */
function englishDateLine(text: string): LiftedMeta | null {
  const date = /^[A-Za-z ,0-9]+$/.test(text) ? findEnglishDate(text) : null;
  return date ? { date } : null;
}

/** `爱美丽发表时间 3057885`: a user name glued before the date label. */
function userBeforeDate(text: string): LiftedMeta | null {
  const user = userBeforeLabel.exec(text);
  if (!user || hanChar.test(user[3]!.replace(/\d/g, ''))) return null;
  const date = findIsoDate(user[3]!);
  return date ? { author: user[1]!, date } : { author: user[1]! };
}

/** `2023-02-09 本文已影响0人 57采薇`, `2022-05-25 大江時評`: a date first, then a user or a source. */
function dateLedLine(text: string): LiftedMeta | null {
  const unlabelled = text.replace(dateLabel, '');
  const dateAt = datePattern.exec(unlabelled)?.index ?? findIsoDateIndex(unlabelled);
  if (dateAt !== 0) return null;
  const meta: LiftedMeta = {};
  const date = findIsoDate(unlabelled);
  if (date) meta.date = date;
  const rest = dateLedRest(unlabelled);
  if ([...rest].length > 16 || sentencePunct.test(rest)) return null;
  const tokens = rest.split(' ').filter(Boolean);
  const last = tokens[tokens.length - 1];
  const chrome = chromePhrases.some((phrase) => text.includes(phrase));
  if (last && userName.test(last)) meta.author = last;
  else if (!chrome && rest.length >= 2 && hanChar.test(rest) && !columnWords.some((word) => rest === word) && !/^\d/.test(rest)) meta.source = rest;
  return meta;
}

/** The shapes a meta bar takes above the text, tried in order. */
const headShapes = [accountLine, feedLine, englishDateLine, userBeforeDate, dateLedLine];

export function readMetaBar(raw: string, inHead: boolean): LiftedMeta | null {
  const text = raw
    .replace(leadingBullet, '')
    // `时 间：`: a label spaced out.
    .replace(/(?<=^[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff][:：])/, '')
    // `http://www.example.com 2004年10月28日09:11 人民网`: the site's address before the date.
    .replace(/^(?:https?:\/\/|www\.)\S+\s+/i, '')
    .trim();
  if ([...text].length > metaBarMaxLength || /[。！？]/.test(text)) return null;
  const labelled = labelledBar(text, inHead);
  if (labelled || !inHead) return labelled;
  for (const shape of headShapes) {
    const meta = shape(text);
    if (meta) return meta;
  }
  return null;
}

/** Index of a date `findIsoDate` reads in another shape (a Republic-of-China year), else -1. */
function findIsoDateIndex(text: string): number {
  return findIsoDate(text) ? text.search(/中華民國|中华民国|民國|民国/) : -1;
}
