/**
 * Field readers shared by the extractors: each one finds a single kind of
 * value in a piece of text (cadence, level, date, effective clause, purpose,
 * scope, KPI weights, payout bands, formula, period, clock times, forms,
 * deadlines, names of departments and roles).
 *
 * Every reader matches on the folded text (see `fold`) and returns slices of
 * the original, so values stay in the document's own script. Readers never
 * guess: when a value is absent or is a placeholder (20xx, ××, ***) they
 * return `undefined` and the caller flags the field.
 */
import type { PeriodUnit } from '../../reports/periods.ts';
import { CADENCES, isRealDate } from '../../schemas/common.ts';
import { LEVELS } from '../../schemas/roles.ts';
import { chineseNumber, cleanItem, fold, hasPlaceholder } from './text.ts';

export type Cadence = (typeof CADENCES)[number];
export type Level = (typeof LEVELS)[number];

// ---------------------------------------------------------------- cadence

/**
 * Words that give a duty's or a procedure's cadence, checked in this order of
 * precedence when two start at the same place. 日常 counts as 每日, 定期 as
 * 按计划, 临时/突发 as 随时.
 */
const CADENCE_WORDS: ReadonlyArray<readonly [RegExp, Cadence]> = [
  [/每半年|半年度|半年一次/u, '每半年'],
  [/每个?季度?|季度|按季/u, '每季'],
  [/每日|每天|日常|每班|天天|每晚|每早|当日|当天|日报|晨会|日清/u, '每日'],
  [/每周|每个?星期|每礼拜|周报|周例会|周会|每个?周[一二三四五六日末]/u, '每周'],
  [/每个?月|月度|按月|月报|月底|月初|月末/u, '每月'],
  [/每年|年度|按年|年报|年终|全年/u, '每年'],
  [/随时|不定期|临时|突发|即时|随叫随到/u, '随时'],
  [/按计划|定期|按需|根据需要/u, '按计划'],
];

/** Cadence named anywhere in `text` (the first one mentioned), with what matched. */
export function cadenceIn(text: string): { cadence: Cadence; match: string } | undefined {
  const key = fold(text);
  let best: { cadence: Cadence; match: string; index: number } | undefined;
  for (const [pattern, cadence] of CADENCE_WORDS) {
    const match = pattern.exec(key);
    if (match && (best === undefined || match.index < best.index)) {
      best = { cadence, match: text.slice(match.index, match.index + match[0].length), index: match.index };
    }
  }
  return best && { cadence: best.cadence, match: best.match };
}

const CADENCE_CELL: ReadonlyArray<readonly [RegExp, Cadence]> = [
  [/^(?:每日|每天|日|日常|天)$/u, '每日'],
  [/^(?:每周|周)$/u, '每周'],
  [/^(?:每月|月|月度)$/u, '每月'],
  [/^(?:每季度?|季度?)$/u, '每季'],
  [/^(?:每半年|半年)$/u, '每半年'],
  [/^(?:每年|年|年度)$/u, '每年'],
  [/^(?:随时|不定期|临时)$/u, '随时'],
  [/^(?:按计划|定期|计划)$/u, '按计划'],
];

/**
 * Cadence of a 时间 cell of a duty table: a lone word such as 每日, 日, 随时,
 * 按计划. Combined cells (每年、月、日) give their first cadence.
 */
export function cadenceCell(cell: string): Cadence | undefined {
  const first = fold(cell).trim().split(/[、,/;\s]+/u)[0] ?? '';
  for (const [pattern, cadence] of CADENCE_CELL) if (pattern.test(first)) return cadence;
  return undefined;
}

// ---------------------------------------------------------------- level

/** Title endings that give a role's level; checked in order (总经理助理 is an assistant). */
const LEVEL_ENDINGS: ReadonlyArray<readonly [RegExp, Level]> = [
  [/助理$/u, '助理'],
  [/(?:专员|文员|干事|秘书)$/u, '专员'],
  [/(?:副?总经理|副?总裁|副总|董事长|董事|CEO|COO|CFO|CTO|首席[\u4e00-\u9fff]{1,4}官)$/iu, '高管'],
  [/总监$/u, '总监'],
  [/(?:经理|店长|部长)$/u, '经理'],
  [/(?:主管|主任|组长|领班|班长)$/u, '主管'],
];

/**
 * Level of a role from its title (运营总监 → 总监, 副总经理 → 高管) or from a
 * 职位等级 value (总监级, 经理级). A title ending in 员 (商管员) names no level:
 * the caller's default 员工 is then flagged like any default.
 */
export function levelOf(title: string): Level | undefined {
  const key = fold(title).replace(/[\s(（].*$/u, '').replace(/级$/u, '').trim();
  if (key === '') return undefined;
  for (const [pattern, level] of LEVEL_ENDINGS) if (pattern.test(key)) return level;
  if ((LEVELS as readonly string[]).includes(key)) return key as Level;
  return undefined;
}

/** A role title found inside a longer phrase: the shortest run ending in a level word. */
export const ROLE_NAME = /[\u4e00-\u9fffA-Za-z]{0,8}?(?:副总经理|总经理助理|总经理|总监|经理|主管|专员|助理|店长|主任|督导|组长|领班|文员|[\u4e00-\u9fff]员)/u;

// ---------------------------------------------------------------- dates

/** A date found in text. `iso` is set only for a real calendar day. */
export interface FoundDate {
  iso?: string;
  raw: string;
  index: number;
  /** Why `iso` is missing (e.g. 日期不存在), in Chinese. */
  problem?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function makeDate(year: number, month: number, day: number, raw: string, index: number): FoundDate {
  if (!isRealDate(year, month, day)) return { raw, index, problem: `日期“${raw}”不存在` };
  return { iso: `${year}-${pad(month)}-${pad(day)}`, raw, index };
}

const CN = '[〇零一二两三四五六七八九十]';

/**
 * Dates in `text`: 2019年5月1日, 2019-05-01, 2019/5/1, 2019.5.1,
 * 二〇一九年五月一日. Dates with placeholders (20xx年5月1日) are not dates.
 */
export function findDates(text: string): FoundDate[] {
  const key = fold(text);
  const found: FoundDate[] = [];
  const patterns: RegExp[] = [
    /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu,
    /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/gu,
    new RegExp(`(${CN}{4})\\s*年\\s*(${CN}{1,3})\\s*月\\s*(${CN}{1,3})\\s*[日号]`, 'gu'),
  ];
  for (const pattern of patterns) {
    for (const match of key.matchAll(pattern)) {
      const [y, m, d] = [match[1]!, match[2]!, match[3]!].map((part) => chineseNumber(part));
      if (y === undefined || m === undefined || d === undefined) continue;
      const raw = text.slice(match.index, match.index + match[0].length);
      found.push(makeDate(y, m, d, raw, match.index));
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------- sentences

/** Splits text into sentences ending in 。!?; (the terminator is kept). */
export function sentences(text: string): Array<{ text: string; index: number }> {
  const result: Array<{ text: string; index: number }> = [];
  const pattern = /[^。!?！？\n]+[。!?！？]?/gu;
  for (const match of text.matchAll(pattern)) {
    const trimmed = match[0].trim();
    if (trimmed) result.push({ text: trimmed, index: match.index + match[0].indexOf(trimmed) });
  }
  return result;
}

const DOC_WORDS = '办法|规定|制度|细则|方案|规则|条例|标准|规范|守则|流程|通知|说明书|预案|实施意见|意见';

/** An effective-date clause: 本方案自2019年5月1日起执行 / 自发布之日起施行. */
export interface EffectiveClause {
  sentence: string;
  /** The date, when the clause names one. */
  date?: FoundDate;
  /** True for 自发布/印发/公布/下发之日起: the date is the publication date, not written. */
  onIssue: boolean;
}

/** The effective-date clause in `text`, if any. */
export function effectiveClause(text: string): EffectiveClause | undefined {
  for (const sentence of sentences(text)) {
    const key = fold(sentence.text);
    const match = /(?:自|从|于)\s*([^,。;]{1,30}?)\s*(?:之日)?\s*起\s*(?:正式)?\s*(?:开始)?\s*(?:执行|施行|实施|生效|试行)/u.exec(key)
      ?? /([0-9〇零一二两三四五六七八九十]{4}\s*年[^,。;]{2,12}?[日号])\s*(?:起\s*)?(?:正式)?\s*(?:执行|施行|实施|生效|试行)/u.exec(key);
    if (!match) continue;
    const when = match[1]!;
    const onIssue = /(?:发布|印发|公布|下发|签发|颁布|批准|通过)/u.test(when);
    const date = findDates(sentence.text.slice(match.index, match.index + match[0].length))[0];
    return { sentence: sentence.text, date, onIssue };
  }
  return undefined;
}

/**
 * The purpose itself: the clause after 为 in the purpose sentence, without the
 * basis and the 制定本办法 ending (为规范督导工作,依据…,制定本办法 → 规范督导工作).
 */
export function purposeClause(text: string): string | undefined {
  const sentence = purposeSentence(text);
  if (!sentence) return undefined;
  const key = fold(sentence);
  const start = /^为了?/u.exec(key)?.[0].length ?? 0;
  const end = key.search(new RegExp(`[,;]?\\s*(?:(?:依据|根据|按照|结合|参照)[^,。]*[,]?\\s*)?(?:特|现|故|经研究)?\\s*(?:制定|制订|拟定|订立|修订|特定|出台)\\s*(?:本|此|该|以下)`, 'u'));
  return cleanItem(sentence.slice(start, end > start ? end : undefined)) || undefined;
}

/** The scope itself: the object of 适用于 (本办法适用于公司各门店 → 公司各门店). */
export function scopeClause(text: string): string | undefined {
  const sentence = scopeSentence(text);
  if (!sentence) return undefined;
  const match = /适用(?:于|范围[为是:]|对象[为是:])\s*/u.exec(fold(sentence));
  return match ? cleanItem(sentence.slice(match.index + match[0].length)) || undefined : cleanItem(sentence);
}

/** A date range written out: 2023年10月23日至10月29日 / 2023-10-23—2023-10-29. */
export function dateRangeIn(text: string): { start: string; end: string } | undefined {
  const key = fold(text);
  const match = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:至|到|-|—|–|~)\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/u.exec(key);
  if (!match) return undefined;
  const [y1, m1, d1] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const y2 = match[4] ? Number(match[4]) : y1;
  const m2 = match[5] ? Number(match[5]) : m1;
  const d2 = Number(match[6]);
  if (!isRealDate(y1, m1, d1) || !isRealDate(y2, m2, d2)) return undefined;
  const start = `${y1}-${pad(m1)}-${pad(d1)}`;
  const end = `${y2}-${pad(m2)}-${pad(d2)}`;
  return end >= start ? { start, end } : undefined;
}

/** The purpose sentence: 为(了)…,(特)制定本办法。 Returned whole, as written. */
export function purposeSentence(text: string): string | undefined {
  for (const sentence of sentences(text)) {
    const key = fold(sentence.text);
    const start = key.search(/为了?[^,。]{2,}/u);
    if (start < 0) continue;
    if (new RegExp(`(?:制定|制订|拟定|订立|修订|特定|出台)\\s*(?:本|此|该|以下)\\s*(?:${DOC_WORDS}|计划)`, 'u').test(key.slice(start))) {
      return sentence.text.slice(start).trim();
    }
  }
  return undefined;
}

/** The basis: 依据《…》… up to the next comma (optional field `basis`). */
export function basisPhrase(text: string): string | undefined {
  const key = fold(text);
  const match = /(?:依据|根据|按照)\s*((?:国家|公司|集团)?[^,。;]*?《[^》]+》[^,。;]*?)(?:的规定|的要求|等规定)?(?=[,。;]|制定|特制定|$)/u.exec(key);
  if (!match) return undefined;
  return cleanItem(text.slice(match.index, match.index + match[0].length));
}

/** The scope sentence: 本办法适用于… (or the text of a 适用范围 section). */
export function scopeSentence(text: string): string | undefined {
  for (const sentence of sentences(text)) {
    const key = fold(sentence.text);
    const start = key.search(new RegExp(`(?:本|此)?(?:${DOC_WORDS})?\\s*(?:适用于|适用范围[为是:]|适用对象[为是:])`, 'u'));
    if (start >= 0) return sentence.text.slice(start).trim();
  }
  return undefined;
}

// ---------------------------------------------------------------- KPIs

/** A KPI or scheme metric with its weight in per cent. */
export interface Metric {
  name: string;
  weight: number;
  standard?: string;
  line?: number;
}

const WEIGHT = /^(\d{1,3}(?:\.\d+)?)\s*(?:%|分)?$/u;

/** A cell that is nothing but a weight: 40%, 40, 40分. */
export function weightCell(cell: string): number | undefined {
  const match = WEIGHT.exec(fold(cell).trim());
  if (!match) return undefined;
  const weight = Number(match[1]);
  return weight > 0 && weight <= 100 ? weight : undefined;
}

/** A column that holds weights: 权重, 比重, 分值(占比). */
export const WEIGHT_HEADER = /权重|比重|分值|占比/u;
/** A section that lists weighted metrics: a weight word, or 考核要素 (the factors of a scheme, each with its share). */
export const WEIGHT_SECTION = /权重|比重|分值|占比|考核要素/u;

/** Words that say a number is a weight (权重 40%, 占20%, 比重). */
const WEIGHT_WORD = /权重|比重|占比|所占|占/u;
/** A score written after a grade (优秀:90分) or a band edge (90分以上) is a threshold, not a weight. */
const GRADE = /^(?:优秀|优良|良好|良|合格|基本合格|不合格|较差|差|称职|基本称职|不称职|及格|不及格|满分|总分|得分|分数|A|B|C|D|E)(?:等级?|级|档)?$/iu;
const AFTER_THRESHOLD = /^\s*(?:\((?:含|不含)\))?\s*(?:及|或)?(?:以上|以下|以内|之间|至|到|-|~|–|—|－|为|者|的)/u;

/**
 * A metric written as one item: 销售目标达成率(40%):… / 销售目标达成率 40% … /
 * 销售目标达成率,权重40%,… / 商户满意度占20%。 The name must come first.
 *
 * A per-cent sign or a weight word (权重/比重/占) makes the number a weight;
 * points (团队建设 10分) count only where the caller knows the list is a
 * weight list (`points`: inside a 权重/分值 section). Score thresholds
 * (优秀:90分, 90分以上, 60分以下为不合格) are never weights.
 */
export function metricFromItem(text: string, { points = false }: { points?: boolean } = {}): Metric | undefined {
  const key = fold(text);
  const match = /^(.{2,24}?)\s*[(:,]?\s*(?:权重|占比?|比重)?\s*[为:]?\s*(\d{1,3}(?:\.\d+)?)\s*(%|分)\s*\)?\s*[,:;。]?\s*/du.exec(key);
  if (!match) return undefined;
  const weight = Number(match[2]);
  if (!(weight > 0 && weight <= 100)) return undefined;
  const stated = WEIGHT_WORD.test(match[0].slice(match[1]!.length));
  if (match[3] === '分' && !stated && !points) return undefined;
  if (AFTER_THRESHOLD.test(key.slice(match.indices![3]![1]))) return undefined;
  const name = cleanItem(text.slice(0, match[1]!.length)).replace(/[(（:：]$/u, '');
  if (name.length < 2 || /\d/u.test(name) || hasPlaceholder(name) || GRADE.test(fold(name).trim())) return undefined;
  const rest = cleanItem(text.slice(match[0].length).replace(/^(?:评分标准|考核标准|标准)[:：]/u, ''));
  return { name, weight, ...(rest ? { standard: rest } : {}) };
}

/**
 * Metrics listed on one line, each with its weight:
 * `考核指标及权重:巡店计划完成率40%;问题整改率20%;…` or
 * `销售目标达成率(权重60%)、毛利率(权重25%)、客户满意度(权重15%)`.
 * Points (…10分) count only when the line's label names weights (…权重:/分值:).
 * `inWeightSection`: the line stands under a 考核指标及权重 heading, which
 * names the weights for it.
 */
export function metricsFromList(text: string, { inWeightSection = false }: { inWeightSection?: boolean } = {}): Metric[] {
  const label = /^([^::]{0,16})[::]/u.exec(fold(text));
  const body = label ? text.slice(label[0].length) : text;
  const points = label !== null && /权重|比重|分值|占比/u.test(label[1]!);
  const parts = body.split(/[;；、]/u).map((part) => cleanItem(part)).filter(Boolean);
  if (parts.length < 2) return [];
  // Figures listed on a line (销售额:同比增长10%;毛利率:15%) are not weights: the line's label
  // must name metrics or weights, or every part must say it is a weight (…(权重60%)).
  const weighted = inWeightSection || (label !== null && /权重|比重|分值|占比|指标|考核|要素/u.test(label[1]!));
  if (!weighted && !parts.every((part) => WEIGHT_WORD.test(fold(part)))) return [];
  const metrics = parts.map((part) => metricFromItem(part, { points }));
  return metrics.every((m) => m !== undefined) ? (metrics as Metric[]) : [];
}

/**
 * Metrics named in one sentence and weighted in another part of it:
 * 由A、B、C三项指标组成,权重分别为40%、30%、30%.
 */
export function metricsFromSentence(text: string): Metric[] {
  const key = fold(text);
  const weights = /(?:权重|比重|分值)(?:分别)?(?:为|是|占)?\s*:?\s*((?:\d{1,3}(?:\.\d+)?\s*(?:%|分)?\s*[、,和及/]\s*)+\d{1,3}(?:\.\d+)?\s*(?:%|分)?)/u.exec(key);
  if (!weights) return [];
  const values = weights[1]!.split(/[、,和及/]/u).map((part) => Number(part.replace(/[%分\s]/gu, '')));
  if (values.some((v) => !(v > 0 && v <= 100))) return [];
  // The names are the enumeration right before the weights: after the last
  // 由/包括/分为 and before 等…项…组成.
  const before = key.slice(0, weights.index);
  const intro = [...before.matchAll(/由|包括|分为|包含|涵盖/gu)].pop();
  const from = intro ? intro.index + intro[0].length : Math.max(before.lastIndexOf(','), before.lastIndexOf(':')) + 1;
  const tail = /\s*(?:等)?\s*(?:[一二三四五六七八九十\d]+\s*(?:项|个|方面|部分))?\s*(?:考核)?(?:指标|内容|部分|方面)?\s*(?:组成|构成|进行考核|进行评价)?\s*[,;]?\s*$/u.exec(before.slice(from));
  const to = tail ? from + tail.index : before.length;
  const list = text.slice(from, to).split(/[、,，]/u).map((part) => cleanItem(part)).filter(Boolean);
  if (list.length !== values.length || list.some((name) => name.length > 24)) return [];
  return list.map((name, i) => ({ name, weight: values[i]! }));
}

/**
 * Metrics from a flat run of table cells (a real table's rows, or a
 * flattened table whose cells ended up one after another): every cell that is
 * only a weight anchors a metric; the cell before it is the name and the cells
 * up to the next name are its standard.
 */
export function metricsFromCells(cells: readonly string[]): Metric[] {
  // A bare number is a weight only under a weight header (权重/比重/分值); 40% is one anywhere.
  const weightHeader = cells.some((cell) => WEIGHT_HEADER.test(fold(cell)) && fold(cell).length <= 8);
  const isWeight = (cell: string) => weightCell(cell) !== undefined && (weightHeader || /%/u.test(fold(cell)));
  const anchors = cells.map((cell, i) => (i > 0 && isWeight(cell) && weightCell(cells[i - 1]!) === undefined ? i : -1)).filter((i) => i > 0);
  return anchors.map((at, n) => {
    const next = anchors[n + 1];
    const standardCells = cells.slice(at + 1, next === undefined ? cells.length : next - 1);
    const standard = cleanItem(standardCells.join(' '));
    return { name: cleanItem(cells[at - 1]!, { label: true }), weight: weightCell(cells[at]!)!, ...(standard ? { standard } : {}) };
  });
}

/** Sum of weights, rounded to avoid float noise (33.3 + 33.3 + 33.4). */
export function weightSum(metrics: ReadonlyArray<{ weight?: number }>): number {
  return Math.round(metrics.reduce((sum, m) => sum + (m.weight ?? 0), 0) * 1000) / 1000;
}

// ---------------------------------------------------------------- bands and formulas

/** A payout band: scores from `min` (inclusive) to `max`. */
export interface Band {
  min: number;
  max?: number;
  payout: string;
}

/**
 * Payout bands in text: 低于75分的,不发放; 75分(含)至90分的,按比例发放;
 * 90分(含)以上的,全额发放. Read in order; a band needs a payout phrase.
 */
export function bandsIn(text: string): Band[] {
  const key = fold(text);
  const bands: Array<Band & { index: number }> = [];
  // A band's payout says what happens to pay or standing, not just any words.
  const PAYOUT = /发|奖|薪|系数|兑现|扣|不予|取消|调岗|降级|辞退|淘汰|优秀|合格|良好|称职|%/u;
  const payoutAt = (end: number) => {
    const rest = text.slice(end);
    const restKey = key.slice(end);
    // The payout ends where the next band starts (…为良好,60分以下为不合格): bands are often listed in one sentence.
    const match = /^\s*(?:的|者)?\s*[,::]?\s*([^;。\n]+?)(?=\s*,\s*(?:\d|低于|高于|不足|少于|达到|超过|不低于)|[;。\n]|$)/u.exec(restKey);
    if (!match) return undefined;
    const payout = cleanItem(rest.slice(match[0].indexOf(match[1]!), match[0].length));
    return payout.length >= 2 && PAYOUT.test(fold(payout)) ? payout : undefined;
  };
  const score = String.raw`(\d{1,3}(?:\.\d+)?)\s*分?\s*(?:\((?:含|不含)\))?`;
  const patterns: Array<[RegExp, (m: RegExpExecArray) => { min: number; max?: number }]> = [
    [new RegExp(String.raw`${score}\s*(?:至|到|-|~|–|—|－)\s*${score}\s*(?:之间|以内)?`, 'gu'), (m) => ({ min: Number(m[1]), max: Number(m[2]) })],
    [new RegExp(String.raw`(?:低于|不足|少于|未达到?|不满|<)\s*${score}\s*(?:以下)?`, 'gu'), (m) => ({ min: 0, max: Number(m[1]) })],
    [new RegExp(String.raw`${score}\s*以下`, 'gu'), (m) => ({ min: 0, max: Number(m[1]) })],
    [new RegExp(String.raw`(?:达到|高于|超过|不低于|≥|>=)?\s*${score}\s*(?:及|或)?以上`, 'gu'), (m) => ({ min: Number(m[1]) })],
  ];
  const taken: Array<[number, number]> = [];
  for (const [pattern, read] of patterns) {
    for (const match of key.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      if (!/分/u.test(match[0]) && !/得分|分数|评分|绩效|考核/u.test(key.slice(Math.max(0, start - 12), start))) continue;
      const range = read(match);
      if (range.min > 100 || (range.max !== undefined && (range.max > 100 || range.max < range.min))) continue;
      const payout = payoutAt(end);
      if (!payout) continue;
      taken.push([start, end]);
      bands.push({ ...range, payout, index: start });
    }
  }
  return bands.sort((a, b) => a.index - b.index).map(({ index: _index, ...band }) => band);
}

/** A formula: 奖金=奖金基数×绩效得分 (the left side names a pay or score item). */
export function formulaIn(text: string): string | undefined {
  const key = fold(text);
  const match = /([\u4e00-\u9fff]{0,8}(?:奖金|工资|提成|绩效|得分|薪酬|薪资|奖励|分值|总分|收入)[\u4e00-\u9fff]{0,4})\s*[=]\s*([^。;\n]*?[\u4e00-\u9fff\d)][^。;\n]*?)(?=[。;\n]|$)/u.exec(key);
  if (!match) return undefined;
  const formula = cleanItem(text.slice(match.index, match.index + match[0].length));
  return /[×*x÷/+\-]|乘以|除以/u.test(fold(formula)) ? formula : undefined;
}

/** Assessment cycle named in text (考核周期 / 按月考核 …). */
export function cycleIn(text: string): '月度' | '季度' | '半年度' | '年度' | undefined {
  const key = fold(text);
  const stated = /考核周期\s*[为是:]?\s*([^,。;]{1,8})/u.exec(key)?.[1] ?? key;
  if (/半年/u.test(stated)) return '半年度';
  if (/季/u.test(stated)) return '季度';
  if (/月/u.test(stated)) return '月度';
  if (/年/u.test(stated)) return '年度';
  return undefined;
}

/** A submission deadline such as 次月10日前 / 每月5日前. */
export function submissionDeadline(text: string): string | undefined {
  const key = fold(text);
  const match = /(?:次月|每月|下月|季度末?|次季度?|年底|次年)\s*\d{1,2}\s*[日号]\s*(?:前|之前|以前)/u.exec(key);
  return match ? text.slice(match.index, match.index + match[0].length) : undefined;
}

/** An approval chain written with arrows: 经理签批 → 总经理审核 → 人事核算 → 财务发放. */
export function approvalChainIn(text: string): string[] | undefined {
  const key = fold(text);
  const match = /([^\s,。;"“”'‘’《》()]{2,12}(?:\s*(?:→|->|—>|>)\s*[^\s,。;"“”'‘’《》()]{2,12}){2,})/u.exec(key);
  if (!match) return undefined;
  const raw = text.slice(match.index, match.index + match[0].length);
  const parts = raw.split(/\s*(?:→|->|—>|＞|>)\s*/u).map((part) => cleanItem(part)).filter(Boolean);
  return parts.length >= 3 ? parts : undefined;
}

// ---------------------------------------------------------------- periods

/** What a title or sentence says about a report's period; parts may be missing. */
export interface PeriodHint {
  unit: PeriodUnit;
  year?: number;
  /** Month, quarter, half or week number. */
  index?: number;
  raw: string;
}

const CN_OR_DIGIT = '[一二三四五六七八九十\\d]{1,3}';

/**
 * The period a report's title (or opening) names: 2022年4月 → month 2022-04;
 * 2022年第一季度 → quarter; 2017年中 / 上半年 → first half; 2021年度 /
 * 年终 → year; 十月份 → month 10 of an unknown year; 20xx年 → unknown year.
 */
export function periodIn(text: string): PeriodHint | undefined {
  const key = fold(text);
  const yearPart = String.raw`(?:(\d{4}|20[xX×]{2}|[〇零一二三四五六七八九]{4})\s*年?)?`;
  const yearOf = (raw: string | undefined) => {
    if (!raw || hasPlaceholder(raw)) return undefined;
    const value = chineseNumber(raw);
    return value !== undefined && value >= 1990 && value <= 2100 ? value : undefined;
  };
  const attempts: Array<[RegExp, (m: RegExpExecArray) => Omit<PeriodHint, 'raw'> | undefined]> = [
    [new RegExp(`${yearPart}\\s*(?:第\\s*)?(${CN_OR_DIGIT})\\s*周`, 'u'), (m) => ({ unit: 'week', year: yearOf(m[1]), index: chineseNumber(m[2]!) })],
    [new RegExp(`${yearPart}\\s*(?:第\\s*)?([一二三四1-4])\\s*季度?`, 'u'), (m) => ({ unit: 'quarter', year: yearOf(m[1]), index: chineseNumber(m[2]!) })],
    [new RegExp(`${yearPart}\\s*Q([1-4])`, 'iu'), (m) => ({ unit: 'quarter', year: yearOf(m[1]), index: Number(m[2]) })],
    // 2017年銀行上半年工作總結: a few words between the year and the half.
    [/(?<!\d)(\d{4})\s*年[^\d,。;]{1,6}?(上半年|年中|下半年)/u, (m) => ({ unit: 'half', year: yearOf(m[1]), index: m[2] === '下半年' ? 2 : 1 })],
    [new RegExp(`${yearPart}\\s*(?:度\\s*)?(上半年|年中|下半年|年终|年底|全年|年度|度)`, 'u'), (m) => {
      const word = m[2]!;
      if (word === '度' && !m[1]) return undefined;
      if (/上半年|年中/u.test(word)) return { unit: 'half', year: yearOf(m[1]), index: 1 };
      if (word === '下半年') return { unit: 'half', year: yearOf(m[1]), index: 2 };
      return { unit: 'year', year: yearOf(m[1]) };
    }],
    [new RegExp(`${yearPart}\\s*(${CN_OR_DIGIT})\\s*月份?`, 'u'), (m) => {
      const month = chineseNumber(m[2]!);
      return month !== undefined && month >= 1 && month <= 12 ? { unit: 'month', year: yearOf(m[1]), index: month } : undefined;
    }],
    [/(?<!\d)(\d{4}|20[xX×]{2})\s*年(?![\d一二三四五六七八九十]{1,3}\s*月)/u, (m) => ({ unit: 'year', year: yearOf(m[1]) })],
    [/一年来|这一年|过去的一年|今年以来|今年|本年度|全年/u, () => ({ unit: 'year' })],
    [/(?:月度|月工作|本月|每月|下月|个人月|月计划|月总结)/u, () => ({ unit: 'month' })],
    [/(?:季度|本季)/u, () => ({ unit: 'quarter' })],
    [/(?:周工作|本周|周计划|周总结|周报)/u, () => ({ unit: 'week' })],
  ];
  // Every pattern is tried; the most specific reading wins (a year beats none, a month or
  // quarter number beats none), then the earlier pattern: 新一年度…回顾这一年 → 这一年.
  let best: { hint: PeriodHint; score: number } | undefined;
  for (const [pattern, read] of attempts) {
    const match = pattern.exec(key);
    if (!match) continue;
    const hint = read(match);
    if (!hint) continue;
    const raw = text.slice(match.index, match.index + match[0].length).trim();
    const result: PeriodHint = { unit: hint.unit, raw };
    if (hint.year !== undefined) result.year = hint.year;
    if (hint.index !== undefined) result.index = hint.index;
    const score = (hint.year !== undefined ? 4 : 0) + (hint.index !== undefined ? 2 : 0) + (/\d{4}|20[xX×]{2}|半年|年中|年终|全年|一年|今年|本年/u.test(fold(raw)) ? 1 : 0);
    if (!best || score > best.score) best = { hint: result, score };
  }
  return best?.hint;
}

// ---------------------------------------------------------------- times

/** A clock time found in text, normalised to HH:MM. */
export interface FoundTime {
  time: string;
  index: number;
  end: number;
}

/** Clock times in text: 17:50, 9:30, 9点30分, 9点半, 18点. */
export function clockTimesIn(text: string): FoundTime[] {
  const key = fold(text);
  const times: FoundTime[] = [];
  for (const match of key.matchAll(/(?<![\d.])([01]?\d|2[0-3])\s*[:]\s*([0-5]\d)(?!\d)/gu)) {
    times.push({ time: `${pad(Number(match[1]))}:${match[2]}`, index: match.index, end: match.index + match[0].length });
  }
  for (const match of key.matchAll(/(?<![\d.])([01]?\d|2[0-3])\s*点\s*(?:(半)|([0-5]?\d)\s*分|整)?/gu)) {
    const minutes = match[2] ? '30' : match[3] ? pad(Number(match[3])) : '00';
    // 晚上9点半 is 21:30: a 12-hour time after 下午/晚上.
    const afternoon = /(?:下午|晚上|傍晚|夜间|晚)\s*$/u.test(key.slice(Math.max(0, match.index - 3), match.index));
    const hour = Number(match[1]) + (afternoon && Number(match[1]) < 12 ? 12 : 0);
    times.push({ time: `${pad(hour)}:${minutes}`, index: match.index, end: match.index + match[0].length });
  }
  return times.sort((a, b) => a.index - b.index);
}

/** Words that introduce a holiday variant of a time. */
export const HOLIDAY_WORDS = /节假日|法定假日|法定节假日|节日|假日|公众假期|假期|周末|旺季|黄金周|春节/u;

/**
 * Times of one step: the first time (and the end of a range such as
 * 18:02–18:30) on ordinary days, and the first time after a holiday word.
 */
export function stepTimes(text: string): { time?: string; endTime?: string; holidayTime?: string } {
  const key = fold(text);
  const times = clockTimesIn(text);
  if (times.length === 0) return {};
  const holiday = HOLIDAY_WORDS.exec(key);
  const holidayAt = holiday ? holiday.index : Infinity;
  const regular = times.filter((t) => t.index < holidayAt);
  const onHoliday = times.filter((t) => t.index > holidayAt);
  const result: { time?: string; endTime?: string; holidayTime?: string } = {};
  if (regular[0]) {
    result.time = regular[0].time;
    const next = regular[1];
    if (next && /^\s*(?:-|–|—|~|至|到|－)\s*$/u.test(key.slice(regular[0].end, next.index))) result.endTime = next.time;
  }
  if (onHoliday[0]) result.holidayTime = onHoliday[0].time;
  return result;
}

// ---------------------------------------------------------------- forms, deadlines, names

const FORM_ENDING = /(?:表|单|簿|本|册|卡|台账|台帐|清单|记录|登记|书|证|函|报告|报表|日志|通知|协议|确认函|明细)$/u;

/** Forms named in 《》 (《撤场审批表》), brackets kept, in order, without repeats. */
export function formsIn(text: string): string[] {
  const forms: string[] = [];
  for (const match of text.matchAll(/《([^》\n]{1,40})》/gu)) {
    if (!FORM_ENDING.test(fold(match[1]!))) continue;
    if (!forms.includes(match[0])) forms.push(match[0]);
  }
  return forms;
}

/** A relative or clock deadline: 撤场前一周 / 7个工作日内 / 当日16:00前 / 次月10日前. */
export function deadlineIn(text: string): string | undefined {
  const key = fold(text);
  const match = /(?:(?:撤场|进场|入场|退场|开业|开店|闭店|到期|营业|活动|会议|装修|退租|交付|节日|节假日|检查|上岗|离职|离场|月底|月末|考核|撤柜|进柜)前\s*[一二三四五六七八九十\d]+\s*(?:个)?\s*(?:天|日|周|工作日|小时|个月)|[一二三四五六七八九十\d]+\s*个?\s*(?:工作日|天|日|小时|分钟|周|个月)\s*(?:内|以内|之内)|(?:当日|当天|次日|次月|每月|每周[一二三四五六日])\s*\d{1,2}\s*(?::\s*\d{2}|[日号点])?\s*(?:前|之前|以前)|提前\s*[一二三四五六七八九十\d]+\s*(?:个)?\s*(?:天|日|周|工作日))/u.exec(key);
  if (!match) return undefined;
  // "须在撤场前一周" → "撤场前一周": modal words before the deadline are not part of it.
  const lead = /^(?:必须|须|需|应|要)?(?:在|于)?/u.exec(match[0])![0].length;
  return text.slice(match.index + lead, match.index + match[0].length).trim() || undefined;
}

/** Departments named in the sources (domain notes §5) and their common variants. */
export const KNOWN_DEPARTMENTS = [
  '运营管理部', '运营部', '营运部', '招商部', '市场营销部', '市场部', '营销部', '现场管理部', '客服部', '客服中心',
  '财务部', '物业部', '工程部', '保安部', '安保部', '企划部', '法务部', '行政部', '行政办公室', '人力资源部',
  '人事部', '行政人事部', '销售部', '监控中心', '商管部', '总经理办公室', '信息部', '采购部', '品牌部', '电商部',
];

const NOT_DEPARTMENTS = /^(?:全|内|外|本|各|局|干|总|该|此|每|一|两|部)部$|部分$|^全部|^内部|^外部|^各部/u;

/** A department name at the start of `text` (运营部岗位职责 → 运营部), if it plainly is one. */
export function leadingDepartment(text: string): string | undefined {
  const key = fold(text);
  for (const name of [...KNOWN_DEPARTMENTS].sort((a, b) => b.length - a.length)) {
    if (key.startsWith(name)) return text.slice(0, name.length);
  }
  const match = /^([\u4e00-\u9fff]{1,8}?(?:部|中心|办公室))(?!门|分|署|长)/u.exec(key);
  if (!match || NOT_DEPARTMENTS.test(match[1]!)) return undefined;
  return text.slice(0, match[1]!.length);
}

/** A name of a department or role used as an actor (运营部, 楼层主管, 安全员 …). */
const ACTOR_NAME = String.raw`[\u4e00-\u9fffA-Za-z]{0,7}?(?:副总经理|总经理|总监|经理|主管|专员|助理|店长|主任|督导|组长|领班|值班长|总值班|负责人|人员|[\u4e00-\u9fff]员|电工|技工|工程师|司机|部|中心|办公室|控制室)`;
const ACTOR_VERBS = '负责|协助|配合|组织|须|需|应|必须|要|在|对|将|检查|督促|带领|开启|关闭|播放|核对|完成|提交|填写|发出|发放|进行|做好|按|于|向|会同|通知|统一|确认|巡视|巡查|监督|开具|审核|审批|跟进|准时|立即|根据|登记|安排|整理|召开|主持|记录|上报|汇总|收取|办理|联系|出具|签字|签署|陪同|引导|清点|盘点|暂扣|追缴|发布|编制|制定|参加|出席|到场|到岗|抽查|复核|结算|验收|接待|处理|拨打|封存|疏散|启动|切断|报告|协调|统筹|每|当|及时|再|逐层|共同|一起|也|同时|先|即|即时|第一时间|可|方可|不得|严禁|禁止|经|通过|布防|撤防|离场|清场|巡逻|锁门|断电|值守|带|同|一同|共同|分别|各自|亦|由|礼貌|热情|主动|耐心|认真|严格';

/** Actors named at the start of a clause: 由招商部负责 / 楼层主管带领… / 工程部、物业部协助. */
export function leadingActors(text: string): string[] {
  const key = fold(text);
  const pattern = new RegExp(`^\\s*(?:由|经|请|并由|再由|交|会同)?\\s*((?:${ACTOR_NAME})(?:\\s*[、和与及,]\\s*(?:${ACTOR_NAME}))*)\\s*(?=${ACTOR_VERBS})`, 'u');
  const match = pattern.exec(key);
  if (!match) return [];
  const start = match.index + match[0].indexOf(match[1]!);
  const names = text.slice(start, start + match[1]!.length).split(/\s*[、和与及,，]\s*/u).map((name) => name.trim()).filter(Boolean);
  // 楼层主管带领商管员… / 运营部会同工程部…: the companions act too.
  const end = match.index + match[0].length;
  const companion = new RegExp(`^\\s*(?:带领|会同|协同|联合|陪同|和|与|及)\\s*(${ACTOR_NAME})(?=${ACTOR_VERBS})`, 'u').exec(key.slice(end));
  if (companion) {
    const at = end + companion[0].indexOf(companion[1]!);
    names.push(text.slice(at, at + companion[1]!.length));
  }
  return names.filter(isActorName);
}

/** Characters and words that never occur inside the name of a role or department (verbs, quantifiers). */
const NOT_IN_NAME = /[了的对把将使让被是否每各该本其位些]|促使|组织|明确|培养|存在|确保|加强|提高|做好|负责|协助|配合|所有|全体|相关|有关|通过|进行|以及|或者|上报|报告|通知|联系|协调|交由|交给|请示/u;
const ACTOR_FULL = new RegExp(`^(?:${ACTOR_NAME})$`, 'u');

/** True for a plausible actor: a whole role or department name, not a clause ending in 人员/部. */
function isActorName(name: string): boolean {
  const key = fold(name);
  if (key.length < 2 || key.length > 10 || !ACTOR_FULL.test(key)) return false;
  if ((/部$/u.test(key) && NOT_DEPARTMENTS.test(key)) || /^(?:商户|顾客|客户|员工|人员|成员|全体人员|相关人员|相关部门|有关部门|对方|本人)$/u.test(key)) return false;
  // A long prefix before 人员/员/部 is usually a clause (明确了各岗位人员), not a name.
  // 各部门负责人 / 各楼层主管 name a group of roles: a leading 各 is allowed.
  return !NOT_IN_NAME.test(key.replace(/^各/u, '').replace(/(?:负责人)$/u, ''));
}

/** Role and department names in an enumeration: 各部门负责人及各楼层主管 → both. */
export function actorNames(text: string): string[] {
  return text
    .split(/\s*(?:[、,，;；]|及|和|与|以及)\s*/u)
    .map((part) => cleanItem(part))
    .filter((name) => isActorName(name));
}

/** True when a name looks like a department rather than a role. */
export function isDepartmentName(name: string): boolean {
  const key = fold(name);
  return /(?:部|中心|办公室|控制室|科|处)$/u.test(key) && !/(?:负责人|经理|主管)$/u.test(key);
}

/** A role or department named as the one to report to: 立即上报项目总经理. */
export function reportTarget(text: string): { to: string; within?: string; index: number } | undefined {
  const key = fold(text);
  const pattern = new RegExp(`(立即|及时|马上|迅速|第一时间|\\d+\\s*分钟内|[一二三四五六七八九十\\d]+\\s*小时内|当日|当天)?\\s*(?:上报|报告|汇报|请示|通知|报)(?:给|至|到)?\\s*(${ACTOR_NAME})`, 'u');
  const match = pattern.exec(key);
  if (!match) return undefined;
  const at = match.index + match[0].lastIndexOf(match[2]!);
  // The name pattern is lazy (保安部 in 保安部经理): take a following title too.
  const more = /^(?:经理|主管|总监|负责人|主任|值班人员|值班经理)/u.exec(key.slice(at + match[2]!.length));
  const to = text.slice(at, at + match[2]!.length + (more ? more[0].length : 0));
  if (/^(?:相关|有关|上级|领导)/u.test(fold(to))) return undefined;
  return { to, ...(match[1] ? { within: text.slice(match.index, match.index + match[1].length) } : {}), index: match.index };
}

/** A role whose approval a step needs: 经运营经理审批 / 报总经理批准. */
export function approverIn(text: string): string | undefined {
  const key = fold(text);
  const match = new RegExp(`(?:经|由|报|交|请)\\s*(${ACTOR_NAME})\\s*(?:审批|批准|签批|签字确认|签字|审核批准|核准)`, 'u').exec(key);
  if (!match) return undefined;
  const at = match.index + match[0].indexOf(match[1]!);
  return text.slice(at, at + match[1]!.length);
}
