/**
 * Lines that start a new document inside a collection file.
 *
 * Strong markers number the documents of a collection (篇一, 第二篇, 范文3,
 * a title ending in a sequence number such as 销售个人月工作计划二:). Weak
 * markers are bare titles ending in a document-type word (商场运营部工作职责);
 * they are trusted only where a file has no strong markers, or after an
 * 附送/附件 line, because the same words also head sections inside documents.
 *
 * All patterns run on folded text (Simplified, NFKC), so one spelling covers
 * both scripts.
 */
import { readLabel, type Label } from '../structure/numbering.ts';
import { foldText } from '../text/fold.ts';

const NUMERAL = '[一二三四五六七八九十百零〇两\\d]{1,4}';
// Folded like the lines they are matched against (the fold table also maps a few Simplified characters, e.g. 么).
export const DOC_TYPE_WORD = foldText(
  '(个人简历|求职简历|怎么写|如何写|部门职能|岗位职责|工作职责|职责说明|岗位说明书|职位说明书|职能说明书|工作计划|工作总结|年中总结|年终总结|述职报告|管理制度|管理办法|实施细则|管理规定|考核方案|激励方案|提成方案|督导方案|工作流程|操作流程|应急预案|工作规范|作业标准|计划书|说明书|总结|计划|方案|制度|办法|细则|规定|流程|预案)',
);

export interface Marker {
  strength: 'strong' | 'weak';
  /** Title without the sequence marker, in folded form (the caller slices the original). */
  titleStart: number;
  titleEnd: number;
}

const STRONG: RegExp[] = [
  // 运营主管工作计划篇一 · 1.运营管理部工作职能说明书 篇一 · (篇三)
  new RegExp(`^(?:\\d{1,3}\\s*[.、]\\s*)?(?<title>.{2,40}?)\\s*[(\\[]?篇\\s*${NUMERAL}[)\\]]?\\s*[:]?$`),
  // 商场运营部岗位职责第二篇 · 运营主管工作计划(第3篇)
  new RegExp(`^(?:\\d{1,3}\\s*[.、]\\s*)?(?<title>.{2,40}?)\\s*[(\\[]?第\\s*${NUMERAL}\\s*篇[)\\]]?\\s*[:]?$`),
  // 第二篇 运营部岗位职责 · 第3篇:…
  new RegExp(`^第\\s*${NUMERAL}\\s*篇\\s*[:、.]?\\s*(?<title>.{0,40})$`),
  // 篇一 / 第二篇 / 范文三 alone on a line: the title, if any, is on the next line.
  new RegExp(`^(?:篇\\s*${NUMERAL}|第\\s*${NUMERAL}\\s*篇|范文\\s*${NUMERAL}?)\\s*[:]?(?<title>)$`),
  // 篇一:商场总值班管理制度
  new RegExp(`^篇\\s*${NUMERAL}\\s*[:、.]\\s*(?<title>.{1,40})$`),
  // 范文一:… · 范文3 · 运营部工作计划范文二
  new RegExp(`^(?<title>.{0,30}?)\\s*范文\\s*(?:${NUMERAL})?\\s*[:、.]?\\s*$`),
  new RegExp(`^范文\\s*${NUMERAL}\\s*[:、.]\\s*(?<title>.{1,40})$`),
  // 2017年银行上半年工作总结1500字范本【2】 (a scraped list's numbered entry)
  new RegExp(`^(?<title>[^,,。;;!?]{2,40}?${DOC_TYPE_WORD}[^,,。;;!?【】]{0,12}?)\\s*【\\s*${NUMERAL}\\s*】\\s*[:]?$`),
  // 销售个人月工作计划二: · 房地产部门的工作计划2
  new RegExp(`^(?<title>[^,,。;;!?]{2,30}${DOC_TYPE_WORD})\\s*${NUMERAL}\\s*[:]?$`),
];

/** A bare title: short, no sentence punctuation, no numbering label, ends with a document-type word. */
const WEAK = new RegExp(`^(?<title>[^,,。;;!?:、()]{2,28}${DOC_TYPE_WORD}|个人简历|求职简历)\\s*[。:]?$`);
const STARTS_WITH_LABEL = /^([一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\d]+[)]|\d+[.、)]|第[一二三四五六七八九十\d]+[章条节])/;
/** Introduces appended material that is a document of its own (附送: 商场运营部工作职责). */
export const APPENDIX = /^(附送|附录|附件|附|相关链接|相关范文|延伸阅读)[::]?\s*$/;

/** Strong or weak marker on a folded, trimmed line; `undefined` if the line starts no document. */
export function matchMarker(folded: string): Marker | undefined {
  for (const pattern of STRONG) {
    const match = pattern.exec(folded);
    if (match?.groups) return located('strong', folded, match.groups.title ?? '');
  }
  if (!STARTS_WITH_LABEL.test(folded)) {
    const match = WEAK.exec(folded);
    if (match?.groups) return located('weak', folded, match.groups.title!);
  }
  return undefined;
}

function located(strength: Marker['strength'], folded: string, title: string): Marker {
  const titleStart = title ? folded.indexOf(title) : 0;
  return { strength, titleStart, titleEnd: titleStart + title.length };
}

/**
 * Role and department names that recur in handbooks (domain notes §5): a title
 * such as 运营督导岗位职责 glued to the previous text with no punctuation
 * between can only be cut where such a name starts.
 */
const ROLE_OR_DEPARTMENT = foldText(
  '(?:项目总经理|分管副总|运营总监|运营经理|运营主管|营运部主管|营运主管|楼层主管|商管部经理|商管员|客服主管|客服员|物业管理员|设备维修岗|安全员|运营督导|区域运营经理|销售经理|销售主管|销售助理|业务代表|行政主管|电商运营总监|微博运营专员|运营部|运营管理部|营运部|招商部|市场营销部|现场管理部|客服部|财务部|物业部|工程部|保安部|企划部|法务部|行政部|行政办公室|人力资源部|销售部|监控中心)',
);

/** Where a title made of a known role or department name starts, glued to text without punctuation; -1 if none. */
export function gluedRoleTitleAt(folded: string): number {
  const match = new RegExp(`${ROLE_OR_DEPARTMENT}(?:岗位职责|工作职责|部门职能|岗位说明书|职位说明书|职责说明)$`).exec(folded);
  return match && match.index >= 8 && !/[。!?;:,,]$/.test(folded.slice(0, match.index)) ? match.index : -1;
}

/**
 * Splits a line whose end is a title glued to the previous paragraph
 * (…做好交接工作。运营主管岗位职责) into the paragraph and the title.
 * Returns the index where the title starts, or -1.
 */
export function gluedTitleAt(folded: string): number {
  const match = new RegExp(`[。!?;](?<tail>[^。!?;,,:]{2,30}?(?:${DOC_TYPE_WORD})(?:\\s*篇?\\s*${NUMERAL})?[:]?)$`).exec(folded);
  if (!match?.groups) return -1;
  const tail = match.groups.tail!;
  return matchMarker(tail) ? folded.length - tail.length : -1;
}

/**
 * A numbered title with the first sentence of its body on the same line
 * (…工作总结1500字范本【2】 上半年,我支行按照…). Returns where the body starts, or -1.
 */
export function titleWithBodyAt(folded: string): number {
  const match = new RegExp(`^[^,,。;;!?]{2,40}?${DOC_TYPE_WORD}[^,,。;;!?【】]{0,12}?\\s*【\\s*${NUMERAL}\\s*】`).exec(folded);
  return match && match[0].length < folded.length ? match[0].length : -1;
}

/** A numbered document title in a collection: 1、运营部2023年度工作总结 / 2.客服部11月份工作计划. */
const NUMBERED_TITLE = new RegExp(`^(\\d{1,2})\\s*[、.]\\s*(?<title>[^,,。;;!?:]{3,30}${DOC_TYPE_WORD})\\s*[:]?$`);

/**
 * Lines that number the documents of a collection (1、…工作总结, 2、…工作计划):
 * two or more numbered titles ending in a document-type word whose numbers run
 * 1, 2, 3 … through the file. Items inside the documents use the same labels,
 * so a lone candidate or a sequence that does not run in order is ignored.
 */
export function numberedTitleLines(folded: readonly string[]): Map<number, Marker> {
  const found: Array<{ index: number; value: number; marker: Marker }> = [];
  // An item inside a document is no title: the next line is the item after it (2、 → 3、), or
  // the document's 一、二、 headings go on after it (一、… 2、…工作总结 二、…).
  // Worked out once, on the first candidate: searching the whole file for each made it quadratic.
  let near: ReturnType<typeof nearLabels> | undefined;
  const isItem = (index: number, value: number) => {
    near ??= nearLabels(folded);
    let after = index + 1;
    while (after < folded.length && !folded[after]!.trim()) after += 1;
    const next = near.labels[after];
    if (next?.kind === 'arabic' && next.value === value + 1) return true;
    const cnBefore = near.cnBefore[index];
    const cnAfter = near.cnAfter[index];
    return cnBefore !== undefined && cnAfter !== undefined && cnAfter.value === cnBefore.value + 1;
  };
  folded.forEach((line, index) => {
    const match = NUMBERED_TITLE.exec(line);
    if (match?.groups && !isItem(index, Number(match[1]))) {
      const title = match.groups.title!;
      const titleStart = line.indexOf(title, match[1]!.length);
      found.push({ index, value: Number(match[1]), marker: { strength: 'strong', titleStart, titleEnd: titleStart + title.length } });
    }
  });
  // Longest run 1, 2, 3 … in file order.
  const run: typeof found = [];
  for (const candidate of found) if (candidate.value === run.length + 1) run.push(candidate);
  return new Map(run.length >= 2 ? run.map((c) => [c.index, c.marker]) : []);
}

/** Each line's numbering label, and the nearest 一、 二、 label before and after each line. */
function nearLabels(folded: readonly string[]) {
  const labels = folded.map((line) => (line.trim() ? readLabel(line) : undefined));
  const cnBefore: Array<Label | undefined> = [];
  let last: Label | undefined;
  for (const label of labels) {
    cnBefore.push(last);
    if (label?.kind === 'cn') last = label;
  }
  const cnAfter: Array<Label | undefined> = new Array(labels.length);
  let next: Label | undefined;
  for (let i = labels.length - 1; i >= 0; i -= 1) {
    cnAfter[i] = next;
    if (labels[i]?.kind === 'cn') next = labels[i];
  }
  return { labels, cnBefore, cnAfter };
}

/**
 * A collection's document marker glued to the end of the previous text
 * (…遵照执行。篇二:商场值班制度 / …做好交接。第三篇 / …做好交接工作篇三:…).
 * Returns where the marker starts, or -1. The marker must follow a sentence
 * end or end in a colon, so 本篇 or 上一篇 inside a sentence never cut a line.
 */
export function gluedMarkerAt(folded: string): number {
  // After a sentence end any marker; right after a word only one that ends in a colon (…交接工作篇二:…),
  // which no sentence does.
  const match =
    new RegExp(`[。!?;…”」)](\\s*)((?:篇\\s*${NUMERAL}|第\\s*${NUMERAL}\\s*篇)\\s*[:、.]?.{0,40})$`).exec(folded) ??
    new RegExp(`[\\u4e00-\\u9fff]()((?:篇\\s*${NUMERAL}|第\\s*${NUMERAL}\\s*篇)\\s*:.{0,40})$`).exec(folded);
  if (!match) return -1;
  const at = match.index + 1 + match[1]!.length;
  return matchMarker(folded.slice(at).trim())?.strength === 'strong' ? at : -1;
}

/**
 * A title glued to its first heading: 商场督导实施方案一、背景 / 值班管理制度第一条 为…
 * Returns where the heading starts, or -1. The title must end in a
 * document-type word and the heading must be the first of its kind (一、 / 第一章 /
 * 第一条 / (一) / 1、), as a document's first heading is.
 */
export function titleGluedToHeadingAt(folded: string): number {
  const match = new RegExp(`^((?:篇\\s*${NUMERAL}\\s*[:、.]?|第\\s*${NUMERAL}\\s*篇\\s*[:、.]?|范文\\s*${NUMERAL}\\s*[:、.]?)?\\s*[^,,。;;!?:、()]{3,30}?${DOC_TYPE_WORD})\\s*(?=一\\s*[、.]|第一\\s*[章条]|\\(一\\)|1\\s*、)`).exec(folded);
  return match && match[0].length < folded.length - 2 ? match[0].length : -1;
}

/** A heading over a list of links to other articles (相关文章 / 猜你喜欢 …): the list is not a document. */
export const RELATED_LIST = /^(?:相关|推荐|热门|延伸|更多|精选|最新|猜你)(?:文章|推荐|阅读|范文|内容|资料|链接|喜欢|专题)(?:推荐|列表)?[::]?$|^猜你喜欢[::]?$|^你可能(?:还)?(?:感兴趣|喜欢)(?:的)?(?:文章)?[::]?$/;

/** A line that reads as a document title: short, unnumbered, no sentence punctuation, ends in a document-type word. */
export function isTitleLike(text: string): boolean {
  const folded = foldText(text.trim());
  return [...folded].length <= 30 && !readLabel(folded) && matchMarker(folded) !== undefined;
}
