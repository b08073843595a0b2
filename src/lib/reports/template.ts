/**
 * Report templates: plain YAML (or JSON) files in `templates/` that HR edits
 * without touching code. A template lists a report's sections in order, says
 * which are required, gives each a writing hint, text with placeholders, and
 * which handbook content fills it (KPI targets, duties, procedure dates,
 * the plan's completion table).
 *
 * `parseTemplate` checks a file and explains every mistake in Chinese,
 * naming the file, the line and the problem. The file format is described in
 * `templates/README.md`.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { closest } from '../content/closest.ts';
import { KIND_FLAGS, REPORT_KIND_INFO, type KindFlag } from './kinds.ts';
import { TEMPLATE_FILL, TEMPLATE_VARIABLE } from './placeholders.ts';

/** Handbook content a section can be prefilled with. */
export const PREFILL_KINDS = ['targets', 'tasks', 'procedures', 'completion'] as const;
export type PrefillKind = (typeof PREFILL_KINDS)[number];

/** Chinese names HR may write instead of the English ones. */
const PREFILL_ALIASES: Record<string, PrefillKind> = {
  目标表: 'targets', 工作目标: 'targets', 任务清单: 'tasks', 工作任务: 'tasks',
  例行工作: 'procedures', 流程日程: 'procedures', 完成情况表: 'completion', 完成情况: 'completion',
};

export const PREFILL_LABELS: Record<PrefillKind, string> = {
  targets: '目标表(岗位 KPI)',
  tasks: '任务清单(岗位职责,按频次)',
  procedures: '例行工作日程(岗位参与的定期流程,列出期内日期)',
  completion: '完成情况表(同期计划的目标和任务)',
};

/** Values the scaffolder fills into `{…}` in templates. */
export const TEMPLATE_VARIABLES = {
  部门: '所属部门名称,例如 运营部',
  岗位: '岗位名称,例如 运营经理',
  单位: '部门负责人写部门名称,其他岗位写岗位名称(用于标题和署名)',
  撰写人: '撰写人姓名',
  日期: '成文日期,例如 2026年11月28日',
  周期: '报告周期,例如 2026年12月、2026年第四季度',
  起止日期: '周期的起止日期,例如 2026年12月1日至2026年12月31日',
  上期: '上一个周期,例如 2026年11月',
  下期: '下一个周期,例如 2027年1月',
  年度: '周期所在年份,例如 2026',
} as const;
export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;

export interface TemplateSection {
  title: string;
  /** Other headings that count as this section when checking reports (e.g. 主要业绩). */
  aliases: string[];
  required: boolean;
  /** Writing guidance, shown in the draft as a comment and in the Word draft. */
  hint: string;
  /** Markdown placed before the prefilled content. */
  intro: string;
  /** Markdown placed after the prefilled content. */
  text: string;
  prefill: PrefillKind[];
  /** Which period the prefill is about: this report's, or the next one (the plan part of 总结与计划). */
  period: 'current' | 'next';
}

export interface ReportTemplate {
  /** Path of the template file, for messages. */
  file: string;
  kind: KindFlag;
  title: string;
  /** Markdown before the first section (salutation, purpose). */
  opening: string;
  sections: TemplateSection[];
  /** Markdown after the last section. */
  closing: string;
  /** Lines at the bottom right: signature, then date. */
  signature: string[];
}

/** A broken template: the message names the file, the line and the problem. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  readonly file: string;
  readonly line: number | undefined;
  readonly problems: { line?: number | undefined; message: string }[];

  constructor(file: string, problems: { line?: number | undefined; message: string }[]) {
    super(
      `模板文件 ${file} 有 ${problems.length} 处问题:\n` +
        problems.map((p) => `  ${p.line ? `第 ${p.line} 行:` : ''}${p.message}`).join('\n'),
    );
    this.file = file;
    this.line = problems[0]?.line;
    this.problems = problems;
  }
}

const TOP_KEYS = ['kind', 'title', 'opening', 'sections', 'closing', 'signature', 'description'];
const SECTION_KEYS = ['title', 'aliases', 'required', 'hint', 'intro', 'text', 'prefill', 'period'];
const PERIOD_VALUES: Record<string, 'current' | 'next'> = { current: 'current', next: 'next', 本期: 'current', 下期: 'next' };

/**
 * Reads and checks a template. `file` is the path shown in messages; its
 * name (plan.yaml …) says which kind of report the template is for.
 * Throws {@link TemplateError} listing every problem.
 */
export function parseTemplate(source: string, file: string): ReportTemplate {
  const problems: { line?: number | undefined; message: string }[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    const lines = source.split('\n');
    throw new TemplateError(
      file,
      doc.errors.map((error) => {
        const line = lineAt(error.pos[0]);
        const near = [line, line === undefined ? undefined : line - 1].map((n) => (n ? lines[n - 1] ?? '' : ''));
        const why =
          error.code === 'DUPLICATE_KEY' ? '同一个字段写了两次'
          : error.code === 'TAB_AS_INDENT' ? '缩进里用了 Tab 键,请改用空格'
          : near.some((text) => /:\s*[{[][^\]}]*[\]}]\S/.test(text)) ? '以 { 或 [ 开头的文字要整体加上英文双引号,例如 text: "{下期}重点做好……"'
          : '请检查冒号、引号和缩进';
        return { line, message: `YAML 写法有误(${why})` };
      }),
    );
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
      if (node && (node as Node).range) return lineAt((node as Node).range![0]);
    }
    return undefined;
  };
  const problem = (path: (string | number)[], message: string) => problems.push({ line: lineOf(path), message });
  const where = (path: (string | number)[]) =>
    path.map((part) => (typeof part === 'number' ? `第${part + 1}项` : part)).join(' › ');

  const baseName = file.split(/[\\/]/).pop()!.replace(/\.(ya?ml|json)$/i, '');
  const kindFromFile = KIND_FLAGS.find((flag) => REPORT_KIND_INFO[flag].template === baseName);
  const data = doc.toJS() as unknown;
  if (!isMap(doc.contents) || typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TemplateError(file, [{ line: 1, message: '模板应是“字段: 值”的形式,至少要有 title 和 sections' }]);
  }
  const raw = data as Record<string, unknown>;

  const unknownKeys = (object: Record<string, unknown>, known: string[], path: (string | number)[]) => {
    for (const key of Object.keys(object)) {
      if (known.includes(key)) continue;
      const guess = closest(key, known);
      problem([...path, key], `${path.length ? `${where(path)}:` : ''}不认识的字段“${key}”${guess ? `,是不是“${guess}”?` : ''}(可用:${known.join('、')})`);
    }
  };
  unknownKeys(raw, TOP_KEYS, []);

  const text = (value: unknown, path: (string | number)[], what: string, { required = false } = {}): string => {
    if (value === undefined || value === null) {
      if (required) problem(path, `缺少${what}(${where(path)})`);
      return '';
    }
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') {
      problem(path, `${where(path)}(${what})应为文字;以 { 或 [ 开头的文字要整体加上英文双引号,例如 "{下期}重点做好……"`);
      return '';
    }
    if (required && !value.trim()) problem(path, `${where(path)}(${what})不能为空`);
    checkMarkup(value, path, what);
    return value.trim();
  };

  const checkMarkup = (value: string, path: (string | number)[], what: string) => {
    for (const match of value.matchAll(TEMPLATE_VARIABLE)) {
      const name = match[1]!.trim();
      if (name in TEMPLATE_VARIABLES) continue;
      const guess = closest(name, Object.keys(TEMPLATE_VARIABLES));
      problem(
        path,
        `${where(path)}(${what})里的“{${name}}”不是可用的变量${guess ? `(是不是“{${guess}}”?)` : ''}` +
          `。可用变量:${Object.keys(TEMPLATE_VARIABLES).map((v) => `{${v}}`).join(' ')};要留给撰写人填写的内容请写成 [[提示文字]]`,
      );
    }
    const withoutVariables = value.replace(TEMPLATE_VARIABLE, '');
    if (/[{}]/.test(withoutVariables)) {
      problem(path, `${where(path)}(${what})里有不成对的花括号 { };变量应写成 {部门} 这样`);
    }
    const withoutFills = value.replace(TEMPLATE_FILL, '');
    if (/\[\[|\]\]/.test(withoutFills)) {
      problem(path, `${where(path)}(${what})里有不成对的 [[ ]];待填写内容应写成 [[提示文字]]`);
    }
    for (const match of value.matchAll(TEMPLATE_FILL)) {
      if (!match[1]!.trim()) problem(path, `${where(path)}(${what})里有空的 [[ ]],请在括号里写上提示文字,例如 [[目标值]]`);
    }
  };

  let kind = kindFromFile;
  if (raw.kind !== undefined) {
    const named = KIND_FLAGS.find((flag) => REPORT_KIND_INFO[flag].name === raw.kind || flag === raw.kind);
    if (!named) {
      problem(['kind'], `kind(报告类型)“${String(raw.kind)}”不对,只能是:${KIND_FLAGS.map((f) => REPORT_KIND_INFO[f].name).join(' / ')}`);
    } else if (kindFromFile && named !== kindFromFile) {
      problem(['kind'], `文件名 ${baseName} 对应“${REPORT_KIND_INFO[kindFromFile].name}”,但 kind 写的是“${String(raw.kind)}”`);
    } else {
      kind ??= named;
    }
  }
  if (!kind) {
    problems.push({
      line: 1,
      message: `无法确定这是哪种报告的模板:文件名应为 ${KIND_FLAGS.map((f) => `${REPORT_KIND_INFO[f].template}.yaml`).join('、')} 之一,或写明 kind`,
    });
  }

  const title = text(raw.title, ['title'], '标题', { required: true });
  const opening = text(raw.opening, ['opening'], '开头');
  const closing = text(raw.closing, ['closing'], '结尾');
  let signature: string[] = ['{单位} {撰写人}', '{日期}'];
  if (raw.signature !== undefined) {
    const lines = Array.isArray(raw.signature) ? raw.signature : [raw.signature];
    signature = lines.map((line, index) => text(line, ['signature', ...(Array.isArray(raw.signature) ? [index] : [])], '署名')).filter(Boolean);
  }

  const sections: TemplateSection[] = [];
  if (!Array.isArray(raw.sections) || raw.sections.length === 0) {
    problem(['sections'], raw.sections === undefined ? '缺少 sections(各部分),至少要有一个部分' : 'sections(各部分)应是一个列表,每项以“- title:”开头');
  } else {
    const seqNode = doc.get('sections', true);
    if (!isSeq(seqNode)) problem(['sections'], 'sections(各部分)应是一个列表');
    raw.sections.forEach((value, index) => {
      const path = ['sections', index];
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problem(path, `${where(path)}应写成“- title: 部分名称”,下面再写 required、hint 等`);
        return;
      }
      const section = value as Record<string, unknown>;
      unknownKeys(section, SECTION_KEYS, path);
      const sectionTitle = text(section.title, [...path, 'title'], '部分名称', { required: true });
      if (/^\s*([一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|\d+[.、])/.test(sectionTitle)) {
        problem([...path, 'title'], `${where([...path, 'title'])}“${sectionTitle}”不要带序号:一、二、三……由生成器按顺序自动加上`);
      }
      let required = false;
      if (section.required !== undefined) {
        if (typeof section.required === 'boolean') required = section.required;
        else problem([...path, 'required'], `${where([...path, 'required'])}(是否必填)只能写 true(必填)或 false(选填)`);
      }
      const aliases: string[] = [];
      if (section.aliases !== undefined) {
        const list = Array.isArray(section.aliases) ? section.aliases : [section.aliases];
        list.forEach((alias, i) => {
          if (typeof alias === 'string' && alias.trim()) aliases.push(alias.trim());
          else problem([...path, 'aliases', i], `${where([...path, 'aliases'])}(别名)应为文字`);
        });
      }
      const prefill: PrefillKind[] = [];
      if (section.prefill !== undefined && section.prefill !== null) {
        const list = Array.isArray(section.prefill) ? section.prefill : [section.prefill];
        list.forEach((item, i) => {
          const name = typeof item === 'string' ? item.trim() : '';
          const known = (PREFILL_KINDS as readonly string[]).includes(name) ? (name as PrefillKind) : PREFILL_ALIASES[name];
          if (known) {
            if (!prefill.includes(known)) prefill.push(known);
            return;
          }
          const guess = closest(name, [...PREFILL_KINDS, ...Object.keys(PREFILL_ALIASES)]);
          problem(
            [...path, 'prefill', ...(Array.isArray(section.prefill) ? [i] : [])],
            `${where([...path, 'prefill'])}(预填内容)“${String(item)}”不认识${guess ? `(是不是“${guess}”?)` : ''}。可选:` +
              PREFILL_KINDS.map((k) => `${k}(${PREFILL_LABELS[k]})`).join('、'),
          );
        });
      }
      let period: 'current' | 'next' = 'current';
      if (section.period !== undefined) {
        const mapped = PERIOD_VALUES[String(section.period)];
        if (mapped) period = mapped;
        else problem([...path, 'period'], `${where([...path, 'period'])}只能是 current(本期)或 next(下期)`);
      }
      if (sections.some((other) => other.title === sectionTitle && sectionTitle)) {
        problem([...path, 'title'], `部分“${sectionTitle}”写了两次`);
      }
      sections.push({
        title: sectionTitle,
        aliases,
        required,
        hint: text(section.hint, [...path, 'hint'], '写作提示'),
        intro: text(section.intro, [...path, 'intro'], '开头文字'),
        text: text(section.text, [...path, 'text'], '正文'),
        prefill,
        period,
      });
    });
  }

  if (problems.length) throw new TemplateError(file, problems);
  return { file, kind: kind!, title, opening, sections, closing, signature };
}
