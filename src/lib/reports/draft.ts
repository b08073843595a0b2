/**
 * Builds a report draft — frontmatter valid against the `reports` schema and
 * an MDX body following the kind's template, prefilled from the handbook.
 *
 * This is the one shared module behind both fronts: `npm run new`
 * (scripts/new.ts) and the `/new/` page (src/scripts/new-report.ts). Given
 * the same snapshot, templates and choices it returns the same text.
 */
import { closest } from '../content/closest.ts';
import { controlCharInputError } from '../content/control-chars.ts';
import { KindError, parseKind, type KindFlag, type ReportKindInfo } from './kinds.ts';
import { escapeMdx, renderTemplatePlain, renderTemplateText, yamlString } from './mdx-text.ts';
import {
  chineseDate, nextPeriod, parsePeriod, PERIOD_UNIT_NAMES, PeriodError, previousPeriod, type ReportPeriod,
} from './periods.ts';
import { hintComment } from './placeholders.ts';
import { calendarRegion, uncoveredNote, uncoveredYears } from './holidays.ts';
import { findPlan, isCoveringPlan, prefill, type PrefillPart } from './prefill.ts';
import type { HandbookSnapshot, SnapshotPlan, SnapshotRole } from './snapshot.ts';
import type { ReportTemplate, TemplateVariable } from './template.ts';

export interface DraftChoices {
  /** plan / summary / combined / review, or the Chinese name. */
  kind: string;
  /** Period key (2026-W48, 2026-12, 2026-Q4, 2026-H2, 2026) or a parsed period. */
  period: string | ReportPeriod;
  /** Role id, e.g. yunying-jingli. */
  role: string;
  author: string;
  /** Date of writing, YYYY-MM-DD; also the `updated` date. */
  date: string;
  /** Report id to use instead of the default `<year>/<role>-<period>-<kind>`. */
  id?: string | undefined;
}

export interface DraftContext {
  handbook: HandbookSnapshot;
  templates: Partial<Record<KindFlag, ReportTemplate>>;
  /** Simplified → Traditional converter, needed for roles written in Traditional script (zh-HK, zh-TW). */
  toTraditional?: ((text: string) => string) | undefined;
}

export interface Draft {
  /** Collection id: `2026/yunying-jingli-2026-12-jihua`. */
  id: string;
  /** Path under `content/reports/`: `2026/yunying-jingli-2026-12-jihua.mdx`. */
  relativePath: string;
  /** File name alone: `yunying-jingli-2026-12-jihua.mdx`. */
  fileName: string;
  title: string;
  kind: ReportKindInfo;
  period: ReportPeriod;
  role: SnapshotRole;
  /** The plan whose targets and tasks were carried into a summary. */
  plan?: SnapshotPlan | undefined;
  /**
   * Notes for the writer, shown by the command line and the form, never in the
   * report: which plan was used, that none was found, holiday data missing.
   */
  notes: string[];
  /** The whole file: frontmatter and body. */
  mdx: string;
}

/** A choice that cannot make a report (unknown role, impossible period …); the message is for people. */
export class DraftError extends Error {
  override name = 'DraftError';
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n]!;
  if (n < 20) return `十${NUMERALS[n - 10]}`;
  return `${NUMERALS[Math.floor(n / 10)]}十${NUMERALS[n % 10]}`;
}

const ID_SEGMENT = /^[a-z0-9][a-z0-9-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a report id given by hand and returns it with its year folder:
 * `name` → `<year>/name`, `2026/name` stays. Refuses anything that could
 * leave `content/reports` (`..`, absolute paths, backslashes) or is not a
 * valid entry id.
 */
export function normaliseReportId(id: string, year: number): string {
  const raw = id.trim().replace(/\.mdx?$/i, '');
  const segments = raw.split('/');
  const escapes = raw.startsWith('/') || raw.includes('\\') || segments.some((s) => s === '..' || s === '.') || /^[a-z]:/i.test(raw);
  if (escapes) {
    throw new DraftError(`编号“${id}”会写到 content/reports 文件夹之外,已拒绝。编号只能是文件名,例如 yunying-jingli-2026-12-jihua,或带年份文件夹 ${year}/yunying-jingli-2026-12-jihua`);
  }
  if (segments.length > 2 || segments.some((s) => !ID_SEGMENT.test(s)) || (segments.length === 2 && !/^\d{4}$/.test(segments[0]!))) {
    throw new DraftError(`编号“${id}”不合法:只能用小写英文字母、数字和连字符,最多带一层年份文件夹,例如 ${year}/yunying-jingli-2026-12-jihua`);
  }
  return segments.length === 2 ? raw : `${year}/${raw}`;
}

/** True when drafts for this role are written in Traditional script, so the converter is needed. */
export function needsTraditional(handbook: HandbookSnapshot, roleId: string): boolean {
  const lang = handbook.roles.find((role) => role.id === roleId)?.lang;
  return lang === 'zh-HK' || lang === 'zh-TW';
}

/** How a role title is compared: full-width folded, spaces dropped, and in Simplified script when a converter is given. */
function titleKey(text: string, simplify?: (text: string) => string): string {
  const folded = text.normalize('NFKC').replace(/\s+/g, '');
  return simplify ? simplify(folded) : folded;
}

/** `运营经理(运营部,yunying-jingli)` — a role as candidates are listed. */
function describeRole(handbook: HandbookSnapshot, role: SnapshotRole): string {
  const department = handbook.departments.find((d) => d.id === role.department)?.name ?? role.department;
  return `${role.title}(${department},${role.id})`;
}

/**
 * Finds a role by id (yunying-jingli) or by title (运营经理; 營運經理 matches in
 * either script when `simplify` converts Traditional to Simplified). A title
 * several roles share, or a part of several titles (经理), is refused with the
 * candidates listed; an unknown one with the closest id or title suggested.
 */
export function findRole(handbook: HandbookSnapshot, wanted: string, simplify?: (text: string) => string): SnapshotRole {
  const text = wanted.trim();
  const byId = handbook.roles.find((r) => r.id === text);
  if (byId) return byId;
  const key = titleKey(text, simplify);
  const candidates = (roles: SnapshotRole[]) => roles.map((r) => describeRole(handbook, r)).join('、');
  if (key) {
    const exact = handbook.roles.filter((r) => titleKey(r.title, simplify) === key);
    if (exact.length === 1) return exact[0]!;
    if (exact.length > 1) {
      throw new DraftError(`有 ${exact.length} 个岗位叫“${text}”:${candidates(exact)}。请用岗位编号指定,例如 --role ${exact[0]!.id}`);
    }
    const partial = handbook.roles.filter((r) => titleKey(r.title, simplify).includes(key));
    if (partial.length > 1) {
      throw new DraftError(`“${text}”对应多个岗位:${candidates(partial)}。请写出完整的岗位名称或岗位编号,例如 --role ${partial[0]!.id}`);
    }
    if (partial.length === 1) {
      throw new DraftError(`找不到岗位“${text}”。是不是“${describeRole(handbook, partial[0]!)}”?`);
    }
  }
  const guessId = closest(text, handbook.roles.map((r) => r.id));
  const guessTitle = key ? closest(key, handbook.roles.map((r) => titleKey(r.title, simplify))) : undefined;
  const guess = handbook.roles.find((r) => r.id === guessId) ?? handbook.roles.find((r) => titleKey(r.title, simplify) === guessTitle);
  throw new DraftError(
    `找不到岗位“${wanted}”:content/roles/ 下没有这个编号或名称的岗位(或它不是现行岗位)。` +
      (guess ? `是不是“${describeRole(handbook, guess)}”?` : '可以写岗位名称(例如 运营经理)或岗位编号(content/roles/ 下的文件名,例如 yunying-jingli)'),
  );
}

function frontmatter(fields: [string, string | Record<string, string> | undefined][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    if (typeof value === 'string') {
      lines.push(`${key}: ${value}`);
      continue;
    }
    lines.push(`${key}:`);
    for (const [subKey, subValue] of Object.entries(value)) lines.push(`  ${subKey}: ${subValue}`);
  }
  lines.push('---');
  return lines.join('\n');
}

/** Renders one section's prefilled parts, numbering sub-headings (一)(二)… when there are several. */
function renderParts(parts: PrefillPart[]): string[] {
  const titled = parts.filter((part) => part.title);
  const blocks: string[] = [];
  let number = 0;
  for (const part of parts) {
    if (part.title && titled.length > 1) blocks.push(`### (${chineseNumber(++number)})${part.title}`);
    blocks.push(part.lines.join('\n'));
  }
  return blocks;
}

/**
 * Builds the draft for `choices`. Throws {@link DraftError} for an unknown
 * kind or role, an impossible period, a missing author or date, an author
 * with control characters, a bad id or a missing template.
 */
export function buildDraft(choices: DraftChoices, context: DraftContext): Draft {
  let kind: ReportKindInfo;
  let period: ReportPeriod;
  try {
    kind = parseKind(choices.kind);
    period = typeof choices.period === 'string' ? parsePeriod(choices.period) : choices.period;
  } catch (error) {
    if (error instanceof KindError || error instanceof PeriodError) throw new DraftError(error.message);
    throw error;
  }
  const { handbook } = context;
  const role = findRole(handbook, choices.role);
  // Checked before whitespace is folded: \s would quietly turn U+2028 into a space, but not U+0008.
  const badAuthor = controlCharInputError('撰写人姓名', choices.author);
  if (badAuthor) throw new DraftError(badAuthor);
  const author = choices.author.replace(/\s+/g, ' ').trim();
  if (!author) throw new DraftError('请填写撰写人姓名');
  if (!ISO_DATE.test(choices.date) || Number.isNaN(Date.parse(`${choices.date}T00:00:00Z`)) || new Date(`${choices.date}T00:00:00Z`).toISOString().slice(0, 10) !== choices.date) {
    throw new DraftError(`日期“${choices.date}”无效,请写成 2026-11-28 这样的格式`);
  }
  const template = context.templates[kind.flag];
  if (!template) throw new DraftError(`没有“${kind.name}”的模板(templates/${kind.template}.yaml)`);
  const traditional = needsTraditional(handbook, role.id);
  if (traditional && !context.toTraditional) throw new DraftError(`岗位“${role.title}”用繁体字书写,需要繁体转换后才能生成草稿`);

  const department = handbook.departments.find((d) => d.id === role.department);
  const departmentName = department?.name ?? role.department;
  const values: Record<TemplateVariable, string> = {
    部门: departmentName,
    岗位: role.title,
    单位: department?.head === role.id ? departmentName : role.title,
    撰写人: author,
    日期: chineseDate(choices.date),
    周期: period.label,
    起止日期: `${chineseDate(period.start)}至${chineseDate(period.end)}`,
    上期: previousPeriod(period).label,
    下期: nextPeriod(period).label,
    年度: String(period.year),
  };

  const defaultName = `${role.id}-${period.slug}-${kind.slug}`;
  const id = normaliseReportId(choices.id ?? defaultName, period.year);
  const title = renderTemplatePlain(template.title, values);
  let plan: SnapshotPlan | undefined;
  const notes: string[] = [];
  const region = calendarRegion(role.lang, department?.lang);
  const calendar = handbook.calendars?.[region];

  const blocks: string[] = [];
  const templateName = template.file.split(/[\\/]/).pop();
  blocks.push(
    `{/* 本草稿由报告生成器按模板 templates/${templateName} 生成。标为“待填写”的 Fill 标签是要填写的内容:写好后连同标签一起替换;` +
      `“提示”注释不会显示在网页上,定稿时可以删除。运行 npm run check 可列出尚未填写的地方。 */}`,
  );
  if (template.opening) blocks.push(renderTemplateText(template.opening, values));
  template.sections.forEach((section, index) => {
    blocks.push(`## ${chineseNumber(index + 1)}、${escapeMdx(section.title)}`);
    if (section.hint) blocks.push(hintComment(renderTemplatePlain(section.hint, values)));
    if (section.intro) blocks.push(renderTemplateText(section.intro, values));
    const sectionPeriod = section.period === 'next' ? nextPeriod(period) : period;
    const mode = kind.looksBack && section.period === 'current' ? 'review' : 'plan';
    const sectionPlan = section.prefill.includes('completion') ? findPlan(handbook, role.id, sectionPeriod) : undefined;
    plan ??= sectionPlan;
    const parts = section.prefill.flatMap((name) => prefill(name, { role, period: sectionPeriod, handbook, mode, plan: sectionPlan, calendar }));
    if (section.prefill.includes('completion')) {
      if (sectionPlan) {
        const covering = isCoveringPlan(sectionPlan, sectionPeriod);
        // Which plan was used belongs in the report: the reader sees what the results are measured against.
        parts.unshift({
          title: '',
          lines: [
            covering
              ? `本${PERIOD_UNIT_NAMES[sectionPeriod.unit]}没有单独的工作计划,对照涵盖本期的《${escapeMdx(sectionPlan.title)}》,目标和任务的完成情况如下。`
              : `对照《${escapeMdx(sectionPlan.title)}》,目标和任务的完成情况如下。`,
          ],
        });
        notes.push(
          covering
            ? `${sectionPeriod.label}没有单独的工作计划,完成情况表按涵盖本期的《${sectionPlan.title}》(${sectionPlan.id})预填;其中的目标是整个计划期的目标,请按本期进度填写。`
            : `完成情况表按《${sectionPlan.title}》(${sectionPlan.id})预填。`,
        );
      } else {
        // Not found is advice for the writer, not a sentence of the report: a removable hint and a note.
        const missing = `没有找到${sectionPeriod.label}(或涵盖它的季度、半年、年度)已提交的工作计划,完成情况表按岗位考核指标和职责列出。`;
        parts.unshift({ title: '', lines: [hintComment(missing)] });
        notes.push(missing);
      }
    }
    if (calendar && section.prefill.includes('procedures')) {
      const years = uncoveredYears(calendar, sectionPeriod.start, sectionPeriod.end);
      const note = years.length ? uncoveredNote(calendar, years) : undefined;
      if (note && !notes.includes(note)) {
        notes.push(note);
        blocks.push(hintComment(note));
      }
    }
    blocks.push(...renderParts(parts));
    if (section.text) blocks.push(renderTemplateText(section.text, values));
  });
  if (template.closing) blocks.push(renderTemplateText(template.closing, values));
  for (const line of template.signature) blocks.push(renderTemplateText(line, values));

  const convert = traditional ? context.toTraditional! : (text: string) => text;
  const body = convert(blocks.join('\n\n'));
  const head = frontmatter([
    ['title', yamlString(convert(title))],
    ['kind', kind.name],
    ['period', { unit: period.unit, start: period.start, end: period.end }],
    ['department', role.department],
    ['role', role.id],
    ['author', yamlString(author)],
    ['date', choices.date],
    ['status', 'draft'],
    ['lang', traditional ? role.lang : undefined],
    ['owner', role.id],
    ['updated', choices.date],
  ]);
  const fileName = `${id.split('/').pop()}.mdx`;
  return {
    id,
    relativePath: `${id}.mdx`,
    fileName,
    title: convert(title),
    kind,
    period,
    role,
    plan,
    notes: notes.map(convert),
    mdx: `${head}\n\n${body}\n`,
  };
}
