/**
 * Extracts a work plan, work summary or 述职报告 into a `reports` entry:
 * kind (from the title word), period (2022年4月 → that month; 第一季度;
 * 上半年/年中; 年度/年终; a month named only in the text, 十月份), department
 * and role (from the title, the signature or 我担任…), author (a person's
 * name in the signature; a unit signing gives the department) and date. The
 * text itself is the body. When the title contradicts the text (a 工作总结
 * filed as 运营主管工作计划) or names a role the text never mentions (a
 * collection's label), the text wins and the title is flagged.
 *
 * Missing parts of the period are not guessed silently: an unknown year is
 * taken from the report's date or the run's date, an unknown month or
 * quarter from the period containing that date, and each is flagged.
 */
import type { Extraction } from '../model.ts';
import { TO_FILL } from '../model.ts';
import { makePeriod, periodContaining, type PeriodUnit } from '../../reports/periods.ts';
import { REPORT_KINDS } from '../../schemas/reports.ts';
import { draftCore, ExtractionDraft, type ExtractInput, type ExtractOptions } from './builder.ts';
import { dateRangeIn, findDates, leadingDepartment, periodIn, ROLE_NAME, sentences, type PeriodHint } from './fields.ts';
import { cleanTitle, fold, hasPlaceholder, inScript, isBlankValue } from './text.ts';
import { linesOf, type Line } from './tree.ts';

type ReportKind = (typeof REPORT_KINDS)[number];

/** Report kind named by a title. */
export function reportKindOf(title: string): ReportKind | undefined {
  const key = fold(title);
  if (/述职/u.test(key)) return '述职报告';
  const summary = /总结|汇报|回顾/u.test(key);
  const plan = /计划|打算|安排|规划/u.test(key);
  if (summary && plan) return '总结与计划';
  if (summary) return '工作总结';
  if (plan) return '工作计划';
  return undefined;
}

const UNIT_NAMES: Record<PeriodUnit, string> = { week: '周', month: '月', quarter: '季度', half: '半年', year: '年度' };
const NOT_NAMES = /^(?:此致|敬礼|谢谢|以上|特此|汇报|报告|总结|计划|领导|同事|大家|附件|落款|署名|日期|[年月日]+)$/u;

interface Signature {
  author?: string;
  role?: string;
  department?: string;
  date?: string;
  line?: number;
}

/** Signature at the end: 客服部 赵雪 / 运营部主管:李强 / 汇报人:张三, and the date under it. */
function signatureOf(lines: readonly Line[]): Signature {
  const tail = lines.filter((l) => l.source === 'paragraph').slice(-4);
  const signature: Signature = {};
  for (const line of [...tail].reverse()) {
    const text = line.text.trim();
    const key = fold(text);
    const dates = findDates(text);
    if (dates.length > 0 && key.length - dates[0]!.raw.length <= 12) {
      if (!signature.date && dates[0]!.iso) {
        signature.date = dates[0]!.iso;
        signature.line ??= line.line;
      }
      continue;
    }
    if (signature.author) continue;
    const name = String.raw`([\u4e00-\u9fff·]{2,4}|[xX×*]{2,})`;
    const labelled = new RegExp(String.raw`^(?:汇报人|述职人|报告人|撰写人|姓名|署名|报告者|起草人|填报人|总结人)\s*[:]\s*${name}$`, 'u').exec(key);
    const withRole = new RegExp(String.raw`^(.{2,12}?(?:主管|经理|总监|专员|助理|店长|主任|督导))\s*[:]?\s*${name}$`, 'u').exec(key);
    const withDepartment = new RegExp(String.raw`^(.{2,12}?(?:部|中心|办公室|分店|门店|公司|分行|支行))\s*[:]?\s+${name}$`, 'u').exec(key);
    const bare = /^([\u4e00-\u9fff]{2,3})$/u.exec(key);
    const pick = (match: RegExpExecArray, group: number) => {
      const at = key.lastIndexOf(match[group]!);
      return text.slice(at, at + match[group]!.length);
    };
    if (labelled) signature.author = pick(labelled, 1);
    else if (withRole) {
      signature.author = pick(withRole, 2);
      signature.role = text.slice(0, withRole[1]!.length).trim();
    } else if (withDepartment) {
      signature.author = pick(withDepartment, 2);
      signature.department = text.slice(0, withDepartment[1]!.length).trim();
    } else if (bare && !NOT_NAMES.test(bare[1]!) && !/(?:部|中心|室|处|科|组|店)$/u.test(bare[1]!)) signature.author = text;
    else if (/^[\u4e00-\u9fff]{2,20}(?:部|中心|办公室|公司|分行|支行|门店|分店)$/u.test(key)) {
      // Signed by a unit, not a person (客服部): it tells the department, not the author.
      signature.department ??= text;
    }
    if (signature.author) signature.line ??= line.line;
    if (signature.author && (isBlankValue(signature.author) || hasPlaceholder(signature.author))) signature.author = undefined;
  }
  return signature;
}

/**
 * The kind the text announces, when it does so plainly: 现将…总结如下 / 回顾一年来
 * for a summary, 特制定以下计划 / 计划如下 for a plan; undefined when it says both or neither.
 */
function contentKind(lines: readonly Line[]): '工作总结' | '工作计划' | undefined {
  const text = fold(lines.filter((l) => l.source !== 'heading').map((l) => l.text).join('\n'));
  const looksBack = (text.match(/现将[^。]{0,30}总结|总结如下|回顾[^。]{0,10}(?:一年|这一年|过去|上半年|工作)|一年来|过去的一年|半年来|总结[^。]{0,8}(?:上半年|全年|一年|本月|本季度|过去)[^。]{0,4}工作/gu) ?? []).length;
  const looksAhead = (text.match(/制定(?:以下|如下|本)[^。]{0,12}计划|特制定[^。]{0,8}计划|计划如下|现将[^。]{0,30}计划/gu) ?? []).length;
  if (looksBack > 0 && looksAhead === 0) return '工作总结';
  if (looksAhead > 0 && looksBack === 0) return '工作计划';
  return undefined;
}

/** Role named in the title (运营主管工作计划 → 运营主管), after removing period and kind words. */
function roleInTitle(title: string, department: string | undefined): string | undefined {
  let t = title;
  if (department) t = t.slice(department.length);
  const key = fold(t)
    .replace(/(?:\d{4}|20[xX×]{2}|[〇零一二三四五六七八九]{4})\s*年[度中终底]?|[一二三四五六七八九十\d]{1,3}\s*月份?|第?[一二三四1-4]\s*季度|上半年|下半年|年中|年终|年度|全年|月度|季度|个人|述职报告|述职|工作总结|工作计划|总结|计划|与|和|及|暨/gu, ' ');
  const match = new RegExp(`(${ROLE_NAME.source})\\s*$`, 'u').exec(key.trim());
  if (!match) return undefined;
  const start = fold(t).indexOf(match[1]!);
  const role = start >= 0 ? t.slice(start, start + match[1]!.length) : match[1]!;
  // 客服部主管: a bare level word needs its department to name a role.
  return department && /^(?:主管|经理|总监|专员|助理|主任)$/u.test(fold(role)) ? `${department}${role}` : role;
}

/** Role the author says they hold: 我自2023年起担任锦程广场运营总监. */
function roleStated(lines: readonly Line[]): string | undefined {
  for (const line of lines.slice(0, 6)) {
    const key = fold(line.text);
    const match = new RegExp(`(?:担任|任职|作为|身为)[^,。;]{0,12}?(${ROLE_NAME.source})(?=[,。;,一]|以来|期间|以后|后|$)`, 'u').exec(key);
    if (match) {
      const at = key.indexOf(match[1]!, match.index);
      return line.text.slice(at, at + match[1]!.length);
    }
  }
  return undefined;
}

/** Extracts a `reports` entry. */
export function extractReport(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  const draft = new ExtractionDraft('report', input, options.confidence ?? 1);
  const lang = input.lang;
  const lines = linesOf(input.root);
  const title = cleanTitle(input.title);
  if (!title) draft.missingField('title', '未找到报告标题,请填写');

  // ---- kind: the title's word, widened to 总结与计划 when the sections do both, and
  // overruled when the text plainly says the opposite (运营主管工作计划篇六 holding a 工作总结).
  let kind = reportKindOf(title);
  const told = contentKind(lines);
  if (told && (kind === '工作计划' || kind === '工作总结') && told !== kind) {
    draft.flag(`标题写的是“${kind}”,正文是“${told}”,已按正文填写类型,请核对标题`, 'title');
    kind = told;
  }
  const headings = lines.filter((l) => l.source === 'heading').map((l) => l.key);
  // Only the words themselves count: 下一步工作打算 closes every summary without making it a plan.
  const sumsUp = headings.some((h) => /(?<!评估|小)总结/u.test(h));
  const plans = headings.some((h) => /计划/u.test(h));
  if ((kind === '工作总结' && plans) || (kind === '工作计划' && sumsUp)) kind = '总结与计划';
  if (!kind && told) kind = told;
  if (!kind) {
    const text = fold(lines.map((l) => l.text).join('\n'));
    const looksBack = /一年来|回顾|取得了?|完成了|存在的问题|总结如下/u.test(text);
    const looksAhead = /特制定|计划如下|目标|下一步|将要|拟/u.test(text);
    kind = looksBack && looksAhead ? '总结与计划' : looksAhead ? '工作计划' : '工作总结';
    draft.missingField('kind', `标题未写明报告类型,按内容暂定为“${kind}”,请核对`);
  }

  // ---- signature, date, author
  const signature = signatureOf(lines);
  const date = signature.date ?? input.ctx.today;
  if (!signature.date) draft.missingField('date', '未找到报告日期(文末署名下的年月日),已暂填导入日期,请核对');
  const author = signature.author;
  if (!author) draft.missingField('author', '未找到撰写人(文末署名),请填写');

  // ---- department and role
  const departmentName = leadingDepartment(title) ?? signature.department ?? (signature.role ? leadingDepartment(signature.role) : undefined);
  if (departmentName) draft.names.department = departmentName;
  else draft.flag('未写明所属部门,导入时按手册默认部门暂填,请核对', 'department');
  draft.ref(['department'], 'departments', departmentName ?? '');

  // A role named by the title but never in the text is a collection's label (运营主管工作计划篇十二
  // over a cinema's plan): neither the title nor that role can be trusted.
  const titleRole = roleInTitle(title, leadingDepartment(title));
  const bodyText = fold(lines.filter((l) => l.source !== 'heading').map((l) => l.text).join('\n'));
  const labelOnly = titleRole !== undefined && !bodyText.includes(fold(titleRole)) && !draft.flags.some((f) => f.field === 'title');
  if (labelOnly) draft.flag(`标题中的“${titleRole}”在正文中没有出现,标题可能是网站栏目名,请核对标题和岗位`, 'title');
  const roleName = (labelOnly ? undefined : titleRole) ?? signature.role ?? roleStated(lines);
  if (roleName) draft.names.role = roleName;
  else draft.missingField('role', '未写明撰写人的岗位,请填写');
  draft.ref(['role'], 'roles', roleName ?? '');

  // ---- period
  const period = readPeriod(title, lines, date, signature.date !== undefined, draft);

  const frontmatter: Record<string, unknown> = {
    title: title || TO_FILL,
    kind: inScript(lang, kind),
    period,
    department: departmentName ?? '',
    role: roleName ?? '',
    author: author ?? TO_FILL,
    date,
    ...draftCore(input),
  };
  // A report is prose: the whole text is the body.
  return draft.finish(frontmatter, { type: 'root', children: [...input.root.children] });
}

/**
 * Flags the guessed dates of a period. The unit was read from the text; only
 * the dates are guessed, so the flags sit on `period.start` and `period.end`.
 */
function flagDates(draft: ExtractionDraft, message: string): void {
  draft.missingField('period.start', message);
  draft.flag('报告期间的结束日期随开始日期暂填,请一并核对', 'period.end');
}

/** Period from the title, completed from the opening and closing lines; gaps are filled and flagged. */
function readPeriod(title: string, lines: readonly Line[], date: string, dated: boolean, draft: ExtractionDraft): { unit: PeriodUnit; start: string; end: string } {
  const body = lines.filter((l) => l.source !== 'heading');
  // Only sentences about the report itself count (以上是我十月份工作计划 / 总结上半年的工作),
  // not any date in the text (到6月底上报信息92条).
  // Clauses, not whole sentences: in 我于2021年3月起担任主管,现将2023年度的履职情况报告如下
  // only the second clause is about the report.
  const REPORT_WORDS = /总结|计划|述职|汇报|报告|履职/u;
  const around = [...body.slice(0, 3), ...body.slice(-3)].flatMap((l) =>
    sentences(l.text).map((sentence) => {
      const named = sentence.text.split(/[,，;；]/u).find((clause) => REPORT_WORDS.test(fold(clause)) && periodIn(clause));
      return named ?? sentence.text;
    }),
  );
  // Sentences naming the report (总结上半年的工作) before those merely about work (到6月底…《工作动态》).
  const nearby = [
    ...around.filter((sentence) => REPORT_WORDS.test(fold(sentence))),
    ...around.filter((sentence) => /工作/u.test(fold(sentence)) && !REPORT_WORDS.test(fold(sentence))),
  ];
  let hint: PeriodHint | undefined = periodIn(title);
  // The title may name only the unit (月工作计划); the text may name the month (以上是我十月份工作计划).
  for (const text of nearby) {
    const more = periodIn(text);
    // A bare 年度 or 月 in running text says little; a year, a number or a half does.
    if (more && more.year === undefined && more.index === undefined && !/\d{4}|20[xX×]{2}|半年|年中|年终|全年|一年|今年|本年/u.test(fold(more.raw))) continue;
    if (!more) continue;
    if (!hint) {
      hint = more;
      continue;
    }
    if (more.unit === hint.unit) {
      const gains = (hint.year === undefined && more.year !== undefined) || (hint.index === undefined && more.index !== undefined);
      hint = {
        ...hint,
        ...(hint.year === undefined && more.year !== undefined ? { year: more.year } : {}),
        ...(hint.index === undefined && more.index !== undefined ? { index: more.index } : {}),
        ...(gains ? { raw: more.raw } : {}),
      };
    }
  }
  const anchor = date;
  // A range written out (本周(2023年10月23日至10月29日)) fixes the dates whatever the unit.
  const range = [title, ...around].map((text) => dateRangeIn(text)).find(Boolean);
  if (range) {
    const days = (Date.parse(range.end) - Date.parse(range.start)) / 86_400_000 + 1;
    const unit: PeriodUnit = hint?.unit ?? (days <= 7 ? 'week' : days <= 31 ? 'month' : days <= 92 ? 'quarter' : days <= 184 ? 'half' : 'year');
    return { unit, start: range.start, end: range.end };
  }
  if (!hint) {
    draft.missingField('period', `未能判断报告所属期间,已暂按${dated ? '报告日期' : '导入日期'}所在年度填写,请核对`);
    const p = periodContaining('year', anchor);
    return { unit: 'year', start: p.start, end: p.end };
  }
  const unit = hint.unit;
  let year = hint.year;
  if (year === undefined) {
    year = Number(anchor.slice(0, 4));
    flagDates(draft, `报告期间未写明年份${hint.raw ? `(“${hint.raw}”)` : ''},已暂按${dated ? '报告日期' : '导入日期'}填 ${year} 年,请核对`);
  }
  try {
    if (unit === 'year') return pick(makePeriod('year', year));
    if (hint.index !== undefined) return pick(makePeriod(unit, year, hint.index));
  } catch {
    // An impossible period (第5季度): fall through to the one containing the date.
  }
  const sameYear = `${year}${anchor.slice(4)}`;
  const p = periodContaining(unit, sameYear);
  if (!draft.flags.some((f) => f.field === 'period.start')) {
    flagDates(draft, `报告期间只写了“${UNIT_NAMES[unit]}”,未写明具体是哪一${UNIT_NAMES[unit] === '年度' ? '年' : UNIT_NAMES[unit]},已暂按${dated ? '报告日期' : '导入日期'}填 ${p.label},请核对`);
  }
  return pick(p);
}

const pick = (p: { unit: PeriodUnit; start: string; end: string }) => ({ unit: p.unit, start: p.start, end: p.end });
