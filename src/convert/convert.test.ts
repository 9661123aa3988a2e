import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { describe, expect, it } from 'vitest';
import { sampleBook } from '../book/sample-book.js';
import type { Script } from '../book/types.js';
import { simplifiedView } from '../words/character-views.js';
import { converter, converterForTexts, detailedConverter, type Variant } from './converters.js';
import { convertQuotes } from './quotes.js';
import { parseReviewedPhrases, reviewedPhrasesFile } from './reviewed-phrases.js';
import { convertBook, convertText } from './to-script.js';

const none = { variant: 'twp' as Variant, dictionary: {}, keep: [] };
const fixtures = join(import.meta.dirname, '__fixtures__');

/** OpenCC configurations the project uses, as (from, to, variant) of our stage. */
const configurations: Record<string, [Script, Script, Variant]> = {
  s2twp: ['Hans', 'Hant', 'twp'],
  s2tw: ['Hans', 'Hant', 'tw'],
  s2hk: ['Hans', 'Hant', 'hk'],
  s2t: ['Hans', 'Hant', 't'],
  t2s: ['Hant', 'Hans', 't'],
  tw2s: ['Hant', 'Hans', 'tw'],
  tw2sp: ['Hant', 'Hans', 'twp'],
  hk2s: ['Hant', 'Hans', 'hk'],
};

describe('OpenCC test cases through the conversion stage', () => {
  const rows = readFileSync(join(fixtures, 'opencc-pairs.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  const used = rows.filter(([, config]) => config! in configurations);
  const failures: Record<string, { config: string; input: string; expected: string; actual: string }> = {};
  for (const [id, config, input, expected] of used) {
    const [from, to, variant] = configurations[config!]!;
    const actual = converter(from, to, variant)(input!);
    if (actual !== expected) failures[`${id}/${config}`] = { config: config!, input: input!, expected: expected!, actual };
  }

  it('pass all but the pinned known failures', () => {
    const pinned = join(fixtures, 'opencc-known-failures.json');
    const actual = `${JSON.stringify(failures, null, 2)}\n`;
    if (process.env.UPDATE === '1') writeFileSync(pinned, actual);
    if (!existsSync(pinned)) expect.fail(`${pinned} is missing: run with UPDATE=1 and review it`);
    expect(actual).toBe(readFileSync(pinned, 'utf8'));
    const passRate = 1 - Object.keys(failures).length / used.length;
    console.log(`OpenCC cases: ${used.length - Object.keys(failures).length}/${used.length} pass (${(passRate * 100).toFixed(1)}%)`);
    expect(used.length).toBeGreaterThan(400);
    // Three rare-character t2s cases fail as in OpenCC itself; three Taiwan-vocabulary (twp) cases differ where its phrases meet word boundaries.
    expect(passRate).toBeGreaterThan(0.985);
  });
});

describe('a converter built for a text', () => {
  const sources = join(import.meta.dirname, '..', '..', 'sources');
  const seeds = readdirSync(sources)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(sources, name), 'utf8'));

  it('converts the raw seeds as the full converter does, in every configuration', { timeout: 60_000 }, () => {
    for (const [from, to, variant] of Object.values(configurations)) {
      for (const text of seeds) expect(converterForTexts(from, to, variant, [text])(text)).toEqual(detailedConverter(from, to, variant)(text));
    }
  });

  it('passes the OpenCC cases as the full converter does', { timeout: 60_000 }, () => {
    const rows = readFileSync(join(fixtures, 'opencc-pairs.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'));
    for (const [, config, input] of rows.filter(([, config]) => config! in configurations)) {
      const [from, to, variant] = configurations[config!]!;
      expect(converterForTexts(from, to, variant, [input!])(input!)).toEqual(detailedConverter(from, to, variant)(input!));
    }
  });

  it('converts any mix of dictionary phrases as the full converter does (property)', { timeout: 60_000 }, () => {
    // Phrases of both scripts, cut and glued at random, meet many overlapping and nested entries.
    const phrases = [...STPhrases.split('|').slice(0, 4000), ...TSPhrases.split('|').slice(0, 4000)].map((entry) => entry.split(' ')[0]!);
    const piece = fc.oneof(
      fc.constantFrom(...phrases),
      fc.constantFrom(...phrases).map((phrase) => phrase.slice(1)),
      fc.constantFrom('，', '。', 'a', ' ', '𠀀'),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...Object.values(configurations)), (sample, [from, to, variant]) => {
        expect(converterForTexts(from, to, variant, [sample])(sample)).toEqual(detailedConverter(from, to, variant)(sample));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('converts several texts at once, and any other text as the full converter does', () => {
    const texts = ['头发', '干部', '', '头发', '于谦的头发'];
    const convert = converterForTexts('Hans', 'Hant', 'twp', texts);
    for (const text of [...texts, '干净', '发展']) expect(convert(text)).toEqual(detailedConverter('Hans', 'Hant', 'twp')(text));
  });
});

describe('segmentation by word frequency', () => {
  const s2tw = converter('Hans', 'Hant', 'tw');
  it.each([
    ['坚定制度自信', '堅定制度自信'],
    ['中国制度', '中國制度'],
    ['指明了方向', '指明了方向'],
    ['共生发展', '共生發展'],
    ['倡行并发扬光大', '倡行並發揚光大'],
    ['红军从于都集结出发', '紅軍從于都集結出發'],
    ['开启新征程', '開啟新征程'],
    ['最后一公里', '最後一公里'],
  ])('%s → %s (longest match from the left would cut through a wrong word)', (input, expected) => {
    expect(s2tw(input)).toBe(expected);
  });

  it('reads 只 after a demonstrative as the measure 隻 unless a verb or an adverb follows', () => {
    expect(s2tw('这只狗 那只手 好几只鸟 发挥市场这只‘无形的手’')).toBe('這隻狗 那隻手 好幾隻鳥 發揮市場這隻‘無形的手’');
    expect(s2tw('这只是开始，那只会更糟，这只能说明，一百万只服务两成')).toBe('這只是開始，那只會更糟，這只能說明，一百萬只服務兩成');
  });

  it('reads 只 after 多 and before a verb as "only", though OpenCC lists 多只 as 多隻', () => {
    expect(s2tw('他最多只会笑，顶多只要十分钟，多只羊')).toBe('他最多只會笑，頂多只要十分鐘，多隻羊');
  });

  it('reads 周 and 天后 after Arabic digits as the week and "days later"', () => {
    expect(s2tw('3天后，每 2 周一次，第3周，妈祖天后')).toBe('3天後，每 2 週一次，第3週，媽祖天后');
  });

  it('splits a word of the frequency list that OpenCC does not list by its own best split, not by the longest match', () => {
    expect(s2tw('互相冲突，与之相冲突')).toBe('互相衝突，與之相衝突');
    expect(s2tw('丁丁当当，天后宫')).toBe('丁丁當當，天后宮');
  });

  it('reads 余 范 于 郁 as surnames before a form of address or after 姓, and as words elsewhere', () => {
    expect(s2tw('余先生说，范老师，于教授，郁先生，他姓余，姓范')).toBe('余先生說，范老師，于教授，郁先生，他姓余，姓范');
    expect(s2tw('其余先生们，范围，老百姓于是，多余女士')).toBe('其餘先生們，範圍，老百姓於是，多餘女士');
  });

  it('still converts by phrase where the phrase is the word', () => {
    expect(s2tw('头发 干净 关于 于谦 皇后')).toBe('頭髮 乾淨 關於 于謙 皇后');
  });
});

describe('the reviewed phrase dictionary', () => {
  const entries = parseReviewedPhrases(readFileSync(reviewedPhrasesFile, 'utf8'));
  it('gives a reason for every entry and no phrase twice', () => {
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) expect(entry.reason.length, `line ${entry.line}`).toBeGreaterThan(15);
    const keys = entries.map((entry) => `${entry.to}:${entry.phrase}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is what the engine does with each phrase, in its own context', () => {
    for (const entry of entries) {
      const from = entry.to === 'Hant' ? 'Hans' : 'Hant';
      // A Taiwan-standard form (`tw`) is a Traditional phrase: the engine meets it as its Simplified form.
      const input = entry.direction === 'tw' ? simplifiedView([...entry.phrase]).join('') : entry.phrase;
      const variant = entry.direction === 's2t' || entry.direction === 't2s' ? 't' : 'tw';
      expect(converter(from, entry.to, variant)(input), `line ${entry.line}`).toBe(entry.target);
    }
  });

  it('keeps Taiwan entries to the Taiwan editions', () => {
    expect(converter('Hans', 'Hant', 'hk')('五年计划占领')).toBe('五年計劃佔領');
    expect(converter('Hans', 'Hant', 'tw')('五年计划占领')).toBe('五年計畫占領');
    expect(converter('Hans', 'Hant', 'twp')('五年计划占领')).toBe('五年計畫占領');
  });

  it('rejects an entry without a reason', () => {
    expect(() => parseReviewedPhrases('direction\tphrase\ttarget\treason\ns2t\t干活\t幹活\t\n')).toThrow(/line|:2/);
  });
});

describe('repair of mixed script', () => {
  const toHant = (text: string) => convertText(text, 'Hant', 'Hant', none);
  const toHans = (text: string) => convertText(text, 'Hans', 'Hans', none);

  it('normalises Simplified leftovers in Traditional text by word', () => {
    expect(toHant('領導干部要密切聯系群眾，奮斗不息，成敗取決于作風，那么怎么辦').text).toBe('領導幹部要密切聯繫群眾，奮鬥不息，成敗取決於作風，那麼怎麼辦');
  });

  it('guards characters legitimate in both scripts: 若干, 干涉, 于謙, 公里 stay', () => {
    const text = '若干問題不容干涉，明代于謙走了三公里';
    expect(toHant(text)).toEqual({ text, guesses: [], repairs: 0 });
  });

  it('leaves native Traditional words as they are (計畫, 臺灣), and either spelling of a variant pair (台灣, 分布)', () => {
    expect(toHant('這個計畫在臺灣推動').text).toBe('這個計畫在臺灣推動');
    const native = '他出生於台北，人口分布在台中與平台上，一套純愛心系統';
    expect(toHant(native)).toMatchObject({ text: native, repairs: 0 });
    expect(toHant('颱風來了，台风也来了').text).toBe('颱風來了，颱風也來了');
  });

  it('reports a shared character no word or context decides, and keeps it', () => {
    const result = toHant('他叫余');
    expect(result.text).toBe('他叫余');
    expect(result.guesses.map((guess) => [guess.char, guess.index, guess.kind])).toEqual([['余', 2, 'leftover']]);
  });

  it('normalises Traditional leftovers in Simplified text: the particle 着', () => {
    expect(toHans('随著时间推移，闪烁著光芒，显著的成绩，著名的学者').text).toBe('随着时间推移，闪烁着光芒，显著的成绩，著名的学者');
  });
});

describe('phrase-level conversion', () => {
  it('chooses by phrase, not by character', () => {
    const { text } = convertText('干部 干净 头发 关于 于谦', 'Hans', 'Hant', none);
    expect(text).toBe('幹部 乾淨 頭髮 關於 于謙');
    expect(convertText('幹部 乾淨 頭髮 關於 于謙', 'Hant', 'Hans', none).text).toBe('干部 干净 头发 关于 于谦');
  });

  it('decides a lone character by its context: 干 before a pause is the verb', () => {
    const { text, guesses } = convertText('大家加油干，拼命干，真干而不是假干', 'Hans', 'Hant', none);
    expect(text).toBe('大家加油幹，拚命幹，真幹而不是假幹');
    expect(guesses).toEqual([]);
  });

  it('reports a character no word or context decides, with its index', () => {
    const { guesses } = convertText('他叫余', 'Hans', 'Hant', none);
    expect(guesses.map((guess) => [guess.char, guess.index])).toEqual([['余', 2]]);
  });

  it('lets the manifest pin a phrase or keep a span unconverted', () => {
    const options = { variant: 'twp' as Variant, dictionary: { 加油干: '加油幹' }, keep: ['《干将莫邪》'] };
    const result = convertText('加油干，读《干将莫邪》', 'Hans', 'Hant', options);
    expect(result.text).toBe('加油幹，讀《干将莫邪》');
    expect(result.guesses).toEqual([]);
  });

  it('reads compatibility ideographs as the unified ones: converted, and matched in phrases', () => {
    // U+F92D 來 and U+F967 不 as PDFs of Taiwan documents carry them; U+F966 復 inside the word 復辟.
    expect(convertText('未\uF92D\uF967遠', 'Hant', 'Hans', none).text).toBe('未来不远');
    expect(convertText('皇室\uF966辟', 'Hant', 'Hans', none).text).toBe('皇室复辟');
    // A supplement code point (two UTF-16 units) becomes one unit: guesses index the text as output.
    const { text, guesses } = convertText('\u{2F800}，他叫余', 'Hans', 'Hant', none);
    expect(text).toBe('麗，他叫餘');
    expect(guesses.map((guess) => [guess.char, guess.index, text[guess.index]])).toEqual([['余', 4, '餘']]);
  });

  it('leaves text already in the target script alone, except its quotes', () => {
    expect(convertText('基層幹部要以“三念”護航', 'Hant', 'Hant', none).text).toBe('基層幹部要以「三念」護航');
  });
});

describe('quotation marks', () => {
  it('follow the edition, nesting preserved, both ways', () => {
    expect(convertQuotes('他说：“要记住‘为人民服务’。”', 'Hant')).toBe('他说：「要记住『为人民服务』。」');
    expect(convertQuotes('他說：「要記住『為人民服務』。」', 'Hans')).toBe('他說：“要記住‘為人民服務’。”');
  });
});

describe('convertBook', () => {
  it('converts text values only, never ids, files or dates', () => {
    const book = sampleBook('zh-Hans');
    const { book: hant } = convertBook(book, 'zh-Hant', none);
    expect(hant.lang).toBe('zh-Hant');
    expect(hant.articles.map((a) => [a.id, a.file, a.date, a.script])).toEqual(book.articles.map((a) => [a.id, a.file, a.date, 'Hant']));
    expect(hant.articles[0]!.title).toBe('新時代呼喚新擔當 新時代需要新作為');
    expect(hant.articles[0]!.blocks[3]!.lead).toBe('一是通過學習使我信心倍增。');
    expect(hant.meta.title).toBe('群眾路線學習文集');
  });
});
