import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bookDocument } from '../present/present-book.js';
import rehypeUprightNumbers from './upright-numbers.js';

function run(text: string, longNumbers: 'upright' | 'numerals' = 'upright', lang?: 'en'): string {
  const document = bookDocument({ id: 'a01', kind: 'chapter', title: 't', ...(lang ? { lang } : {}) }, 'chapter', [h('p', text)]);
  const tree: Root = { type: 'root', children: [document] };
  unified().use(rehypeUprightNumbers, { longNumbers }).runSync(tree);
  const html = (node: ElementContent): string =>
    node.type === 'text'
      ? node.value
      : node.type === 'element'
        ? `<${node.tagName}${node.properties.className ? ` class="${(node.properties.className as string[]).join(' ')}"` : ''}>${node.children.map(html).join('')}</${node.tagName}>`
        : '';
  return document.children
    .map(html)
    .join('')
    .replace(/^<p>|<\/p>$/g, '');
}

describe('upright numbers in vertical text', () => {
  it('sets one or two digits in one em, longer numbers upright', () => {
    expect(run('未来5年乃至15年')).toBe('未来<span class="tcy">5</span>年乃至<span class="tcy">15</span>年');
    expect(run('2020年11月2日')).toBe('<span class="upright">2020</span>年<span class="tcy">11</span>月<span class="tcy">2</span>日');
    expect(run('增长6.5%')).toBe('增长<span class="upright">6.5</span>%');
    expect(run('日期：2014-9-3')).toBe('日期：<span class="upright">2014</span>-<span class="tcy">9</span>-<span class="tcy">3</span>');
  });

  it('writes long numbers as Chinese numerals when asked, keeping decimals upright', () => {
    expect(run('2020年增长6.5%', 'numerals')).toBe('二〇二〇年增长<span class="upright">6.5</span>%');
  });

  it('leaves digits of a Latin word or code sideways, and documents in another language alone', () => {
    expect(run('GDP2增长')).toBe('GDP2增长');
    expect(run('SIL Open Font License 1.1')).toBe('SIL Open Font License 1.1');
    expect(run('增长 6.5')).toBe('增长 <span class="upright">6.5</span>');
    expect(run('urn:uuid:3dac9c-fe98-4000')).toBe('urn:uuid:3dac9c-fe98-4000');
    expect(run('Version 1.1, 2007', 'upright', 'en')).toBe('Version 1.1, 2007');
  });
});
