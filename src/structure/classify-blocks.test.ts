import { describe, expect, it } from 'vitest';
import { createLineTree } from '../clean/line-tree.js';
import { classifyBlocks } from './classify-blocks.js';

const blocksOf = (lines: string[]) => classifyBlocks(createLineTree(lines).children);

describe('heading levels', () => {
  it('follow the order in which numbering styles first appear, and stop at 4', () => {
    const blocks = blocksOf([
      '一、总体要求',
      '（一）指导思想',
      '第一，坚持人民至上',
      '1.加强组织领导',
      '二、主要任务',
      '这是一段正文，不是标题，它比较长，而且以句号结束。',
    ]);
    expect(blocks.map((block) => (block.kind === 'heading' ? block.level : block.kind))).toEqual([2, 3, 4, 4, 2, 'paragraph']);
  });

  it('start at 2 whichever style comes first', () => {
    const blocks = blocksOf(['（一）指导思想', '一、总体要求']);
    expect(blocks.map((block) => (block.kind === 'heading' ? block.level : block.kind))).toEqual([2, 3]);
  });
});
