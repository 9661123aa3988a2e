/**
 * Characters with several targets in the other script whose alternatives are
 * all current in modern prose (干 → 幹/乾/干, 发 → 發/髮). Inside a word the
 * engine segmented by, the word decides (OpenCC's phrase list holds every
 * word whose conversion is not the character's default). A character that
 * stands alone is a guess only where its alternatives are also common alone;
 * for most of them the default is the reading a lone character has (后 alone
 * is 後: 皇后 is a word; 发 alone is 發: 头发 is a word), and context decides
 * a few more (干 before a particle or a pause is the verb 幹).
 */
import type { Script } from '../book/types.js';
import { surnameContext } from './lone-context.js';

export const ambiguousTargets: Readonly<Record<Script, Readonly<Record<string, string>>>> = {
  // Simplified → Traditional
  Hant: {
    干: '幹乾干',
    发: '發髮',
    后: '後后',
    里: '裡裏里',
    面: '面麵',
    只: '只隻',
    台: '臺台檯颱',
    系: '系係繫',
    斗: '鬥斗',
    历: '歷曆',
    钟: '鐘鍾',
    冲: '衝沖',
    复: '復複覆',
    获: '獲穫',
    汇: '匯彙',
    尽: '盡儘',
    松: '松鬆',
    余: '餘余',
    征: '徵征',
    致: '致緻',
    周: '周週',
    划: '劃划',
    游: '遊游',
    采: '採采',
    制: '制製',
    范: '範范',
    准: '準准',
    郁: '鬱郁',
    须: '須鬚',
    脏: '髒臟',
    蒙: '蒙矇濛懞',
    谷: '谷穀',
    表: '表錶',
    胡: '胡鬍衚',
    签: '簽籤',
    纤: '纖縴',
    凶: '凶兇',
    占: '占佔',
    据: '據据',
    曲: '曲麴',
    症: '症癥',
    舍: '舍捨',
    苏: '蘇甦囌',
    坛: '壇罈',
    云: '雲云',
    丑: '醜丑',
    朴: '樸朴',
    仆: '僕仆',
    困: '困睏',
    姜: '姜薑',
    御: '御禦',
    柜: '櫃柜',
    泛: '泛氾',
    淀: '澱淀',
    于: '於于',
    钻: '鑽鉆',
    并: '並并併',
    么: '麼么',
    向: '向嚮',
  },
  // Traditional → Simplified
  Hans: { 乾: '干乾', 著: '着著', 藉: '借藉', 瞭: '了瞭', 徵: '征徵', 覆: '复覆', 夥: '伙夥' },
};

/**
 * Characters whose default is the reading they have alone: every other
 * reading lives in words (头发, 皇后, 面条, 尽管, 制造 …). 著 alone after a
 * verb is always the particle 着.
 */
const rightAlone: Readonly<Record<Script, string>> = {
  Hant: '发后面历钟冲复获汇尽征致周划游采制范准郁须脏表签纤凶占据症舍坛云困御柜泛淀并钻么向',
  Hans: '著覆藉瞭徵',
};

const numerals = '一二两三四五六七八九十百千万几数每半';
/** After a pause, a particle, a complement or a conjunction 干 is the verb 幹 (加油干，真干、干了、干起来、真干而). */
const afterVerb干 = /^[，。、；：！？,.;:!?）」』”\s了着过得起出成好下完在而]|^$/u;

/** Whether the context decides a character that stands alone. */
export function decidedByContext(text: string, index: number, to: Script): boolean {
  const char = text[index]!;
  if (rightAlone[to].includes(char)) return true;
  const before = text[index - 1] ?? '';
  const after = text.slice(index + 1, index + 2);
  if (to === 'Hant') {
    // 只 is decided by its neighbours (`lone-context.ts`). 里 after a numeral is the unit 里 or 裡; elsewhere alone it is 裡.
    if (char === '只') return true;
    if (char === '里') return !numerals.includes(before);
    if (char === '干') return afterVerb干.test(after);
    // A surname before a form of address or after 姓 (`lone-context.ts`: 余先生, 姓余).
    if (surnameContext(text, index)) return true;
    // 于 after a word is the preposition 於 (取决于, 镌刻于); the surname 于 starts a name.
    if (char === '于') return /\p{Script=Han}/u.test(before);
  }
  return false;
}
