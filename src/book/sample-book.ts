/**
 * A small hand-made book for writer tests: every block kind, mixed Han/Latin/
 * digits, nested quotes, dashes and ellipses, Traditional and Simplified text.
 */
import type { Article, Block, Book, HeadingLevel, Lang } from './types.js';

const p = (text: string, lead?: string): Block => ({ type: 'block', kind: 'paragraph', text, ...(lead ? { lead } : {}) });
const h = (level: HeadingLevel, text: string): Block => ({ type: 'block', kind: 'heading', level, text });

const articles: Article[] = [
  {
    type: 'article',
    id: 'a01',
    title: '新时代呼唤新担当 新时代需要新作为',
    subtitle: '——学习十九届五中全会精神心得体会',
    author: '张三',
    role: '党支部书记',
    date: '2020-11-02',
    source: '笔杆子家园',
    script: 'Hans',
    file: 'sources/sample.txt',
    blocks: [
      { type: 'block', kind: 'salutation', text: '同志们：' },
      p(
        '党的十九届五中全会审议通过了《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，为未来5年乃至15年中国发展擘画蓝图。GDP增长率保持在6.5%左右，“十四五”时期——这是关键——必须坚持“以人民为中心”的发展思想……',
      ),
      h(2, '一、学懂会议精神，坚定政治自信'),
      p('党的十九大以来，以习近平同志为核心的党中央团结带领全党全国各族人民，有效应对严峻复杂的国际形势。', '一是通过学习使我信心倍增。'),
      h(3, '（一）一切为了群众'),
      { type: 'block', kind: 'item', lead: '（1）', text: '注重每次群众来电举报和现场水事案件处理，听取群众建议，协调群众与群众之间的矛盾。' },
      { type: 'block', kind: 'item', lead: '（2）', text: '坚持从群众中来，到群众中去的工作方法。' },
      p('他说：“我们共产党人好比种子，人民好比土地，我们到了一个地方，就要同那里的人民结合起来，在人民中间生根开花。”'),
      { type: 'block', kind: 'signature', text: '总结人：何巧英' },
      { type: 'block', kind: 'signature', text: '2014年9月3日' },
    ],
  },
  {
    type: 'article',
    id: 'a02',
    title: '基層幹部要以「三念」護航「十四五」',
    subtitle: null,
    author: null,
    role: null,
    date: '2020-12-13',
    source: '大江時評',
    script: 'Hant',
    file: 'sources/sample2.txt',
    blocks: [
      p('「十四五」時期是我國進入新的發展階段，乘勢而上，開啟全面建設社會主義現代化國家新徵程、向第二個百年奮鬥目標進軍的第一個五年。'),
      p('護航「十四五」，要有「築牢戰鬥堡壘」信念。習近平總書記指出，「要堅持大抓基層的鮮明導向」「把各領域基層黨組織建設成為實現黨的領導的堅強戰鬥堡壘」。'),
    ],
  },
];

export function sampleBook(lang: Lang = 'zh-Hans'): Book {
  return {
    type: 'book',
    lang,
    meta: {
      title: '群众路线学习文集',
      editor: '编者',
      slug: 'sample',
      identifier: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      date: '2026-01-01',
      modified: new Date('2026-01-01T00:00:00Z'),
      keywords: ['群众路线'],
      publisher: '文集',
    },
    articles: structuredClone(articles),
  };
}
