/**
 * Extracts a job description (岗位职责 / 岗位说明书 / 职位说明书) into a
 * `roles` entry: title, department, level, reports-to, headcount, summary,
 * duties with cadence and standard, qualifications (basic vs preferred),
 * authority, relations, KPIs and designations.
 *
 * Handles the full form (职位名称 / 所属部门 / 直接上级 … fields, possibly
 * flattened onto one line; 任职资格 with 基本要求 and 优先条件; 权力关系;
 * 沟通关系; a KPI table) and the short form (职责 + 任职条件 lists), and
 * duty tables flattened into text whose 时间 and 考核标准 cells interleave
 * with the duty's words.
 */
import type { Extraction } from '../model.ts';
import { TO_FILL } from '../model.ts';
import { draftCore, ExtractionDraft, type ExtractInput, type ExtractOptions } from './builder.ts';
import { cadenceCell, cadenceIn, cycleIn, leadingDepartment, levelOf, metricFromItem, metricsFromCells, weightCell, weightSum, WEIGHT_HEADER, WEIGHT_SECTION, type Cadence, type Level } from './fields.ts';
import { readLabelled, type LabelSpec } from './labelled.ts';
import { chineseNumber, cleanItem, cleanTitle, fold, inScript, splitEnumeration, stripLabel } from './text.ts';
import { kpiTableSection } from './tables.ts';
import { allItemsOf, descendants, itemsOf, itemWithChildren, linesOf, sectionsOf, tablesOf, type Item, type Section } from './tree.ts';

const ROLE_FIELDS: LabelSpec = {
  title: ['职位名称', '岗位名称', '职务名称'],
  code: ['职位编号', '岗位编号', '职务编号', '岗位代码', '职位代码'],
  department: ['所属部门', '所在部门', '隶属部门', '直属部门', '归属部门', '部门名称', '部门'],
  level: ['职位等级', '岗位等级', '岗位级别', '职位级别', '职级'],
  reportsTo: ['直接上级', '直属上级', '汇报对象', '直接主管', '上级岗位', '汇报上级', '直属领导', '直接领导', '直接上司', '汇报关系'],
  subordinates: ['直接下级', '直接下属', '管理对象'],
  headcount: ['本岗编制', '岗位编制', '编制人数', '定员人数', '岗位定员', '岗位人数', '定员'],
  date: ['编制日期', '生效日期'],
  summary: ['岗位工作概述', '岗位概述', '工作概述', '职位概要', '岗位概要', '工作概要', '岗位目的'],
  gender: ['性别'],
  age: ['年龄'],
  height: ['身高'],
  language: ['语言'],
  education: ['教育程度', '学历要求'],
  // Column headers of a flattened qualification table and section names glued after a
  // field: they end the value before them.
  tableHeader: ['具体项目', '基本要求', '优先条件'],
  sections: ['岗位职责', '工作职责', '任职资格', '任职要求', '任职条件'],
};

/**
 * Section names that may stand inside a line, followed by a colon, when the
 * structure stage joined a form's lines (…按时完成任职资格: 基本要求:大专…;…).
 */
const INLINE_SECTIONS = /(任职资格|任职条件|任职要求|岗位要求|基本要求|基本条件|优先条件|关键业绩指标|关键绩效指标|KPI指标|考核指标|责任认识)\s*:/giu;
type InlineKind = 'auto' | 'basic' | 'preferred' | 'kpi' | 'other';

/** Splits a line at inline section names: what comes before, and each named part. */
function inlineSections(text: string): { before: string; parts: Array<{ kind: InlineKind; text: string }> } {
  const key = fold(text);
  const hits = [...key.matchAll(INLINE_SECTIONS)];
  if (hits.length === 0) return { before: text, parts: [] };
  const parts = hits.map((hit, i) => {
    const name = hit[1]!;
    const end = hits[i + 1]?.index ?? text.length;
    const kind: InlineKind = /优先/u.test(name) ? 'preferred' : /基本/u.test(name) ? 'basic' : /指标/u.test(name) ? 'kpi' : /责任认识/u.test(name) ? 'other' : 'auto';
    return { kind, text: text.slice(hit.index + hit[0].length, end).trim() };
  });
  return { before: text.slice(0, hits[0]!.index), parts };
}

/** Header row of a duty table written as text (序号 工作内容 时间 考核标准). */
const DUTY_TABLE_HEADER = /^(?:\s*(?:序号|工作内容|职责内容|职责范围|职责|时间|频次|频率|考核标准|工作标准|衡量标准)\s*){2,}$/u;

/** Form fields that are really basic qualifications (年龄:25—40). */
const QUALIFICATION_FIELDS = ['gender', 'age', 'height', 'language', 'education'] as const;

const DUTY_SECTION = /^(?:岗位|工作|主要|具体|本岗位|基本)?职责(?:描述|范围|内容|与任务|及任务|说明|及考核标准|与考核标准)?$|^工作(?:内容|任务)$|^主要(?:工作|任务)$|^职责范围$/u;
const QUALIFICATION_SECTION = /^(?:任职|岗位|资格|应聘|招聘|入职)(?:条件|资格|要求|标准)$|^(?:任职|岗位)(?:资格|条件)要求$/u;
const PREFERRED_SECTION = /优先|加分|优选/u;
const BASIC_SECTION = /基本(?:要求|条件)|必备|基本资格/u;
const RELATION_SECTION = /沟通关系|工作关系|协作关系|沟通对象|内外部关系/u;
const AUTHORITY_SECTION = /权力关系|岗位权限|工作权限|权限|职权/u;
const KPI_SECTION = /KPI|关键绩效|绩效指标|考核指标|业绩指标|绩效考核|考核内容/iu;
const SUMMARY_SECTION = /^(?:岗位|职位)?(?:工作)?(?:概述|概要|目的|使命)$/u;

/** How an unnumbered duty starts (负责… 协助… 督促… 制定…). */
const DUTY_START = /^(?:负责|协助|督促|制定|组织|完成|参与|配合|协调|监督|指导|做好|主持|审核|审批|建立|执行|落实|拟定|收集|分析|跟进|处理|维护|策划|带领|培训|贯彻|解决|统筹|推动|开展|编制)/u;

const DESIGNATIONS = /[一二三四]级消防(?:安全)?责任人|消防安全(?:第一)?责任人|安全生产(?:第一)?责任人|义务消防员|消防责任人|安全责任人/gu;

/** Words a 考核标准 cell is made of (及时率, 准确, 达成率 …). */
const STANDARD_WORDS = ['及时率', '准确率', '达成率', '完成率', '满意度', '合格率', '执行性', '服从性', '达标率', '创新力', '控制力', '及时性', '准确性', '完整性', '有效性', '规范性', '差错率', '出错率', '投诉率', '执行力', '配合度', '成本意识', '沟通性', '服从', '及时', '准确', '全面', '创新', '准时', '达标', '标准', '规范', '完整', '有效', '到位', '落实到位', '达成', '回复', '支配'];
const STANDARD_WORD = STANDARD_WORDS.join('|');
const GLUED_STANDARD = new RegExp(`(?:${STANDARD_WORD})(?:[、,及和与]+(?:${STANDARD_WORD}))+$`, 'u');
const GLUED_CADENCE = /(?:每日|每天|每周|每月|每季度?|每半年|每年(?:、[月日])*|随时|按计划)$/u;
const isCjk = (ch: string | undefined) => ch !== undefined && /[\u3000-\u9fff\uff00-\uffef]/u.test(ch);

/** A duty as read from one item: text, cadence and standard, and whether cells were untangled. */
export interface DutyParts {
  text: string;
  cadence?: Cadence;
  /** True when the cadence came from a 时间 cell rather than the duty's words. */
  cadenceFromCell: boolean;
  standard?: string;
  /** True when 时间/考核标准 cells were taken out of the duty's words. */
  untangled: boolean;
  /** Text after a glued label (责任认识:…) that does not belong to the duty. */
  rest?: string;
  /** Source line of the item. */
  line?: number;
}

function isStandardCell(token: string): boolean {
  const key = fold(token);
  return key.length <= 30 && !/[。]/u.test(key) && new RegExp(STANDARD_WORD, 'u').test(key) && !/^(?:负责|协助|制定|组织)/u.test(key);
}

/**
 * A 考核标准 cell, possibly with the last characters of the duty's wrapped
 * text glued after it (`执行性,服从性及达成率任。` → standard + `任。`).
 */
function standardCell(token: string): { standard: string; tail: string } | undefined {
  if (isStandardCell(token)) return { standard: token, tail: '' };
  // The shortest tail that leaves a standard: 达成率 + 任。, not 达 + 成率任。.
  for (let n = 1; n <= 3; n++) {
    const tail = new RegExp(`[\\u4e00-\\u9fff]{${n}}[。;；]$`, 'u').exec(token);
    if (tail && tail.index > 0 && isStandardCell(token.slice(0, tail.index))) return { standard: token.slice(0, tail.index), tail: tail[0] };
  }
  return undefined;
}

/** Cadence and standard glued together at the end of a wrapped line: `…及各每年、标准的执行性`. */
const GLUED_CADENCE_STANDARD = /(每日|每天|每周|每月|每季度?|每半年|每年|随时|按计划)、?([^\s、]{2,14})$/u;

/**
 * Reads one duty. A row of a flattened table — 职责 text wrapped in its
 * column, with 时间 and 考核标准 cells spliced in between spaces, e.g.
 * `…制定本部门各阶段营销活随时 执行性、达标率、创新力 动方案` — gives back the
 * duty `…营销活动方案`, cadence 随时 and standard `执行性、达标率、创新力`.
 */
export function readDuty(raw: string): DutyParts {
  // A form's next section glued after the last duty (…按时完成任职资格: 基本要求:…).
  const inline = inlineSections(raw);
  const glued = inline.parts.length > 0 ? raw.slice(inline.before.length).trim() : undefined;
  const tokens = inline.before.split(/\s+/u).filter(Boolean);
  let cadence: Cadence | undefined;
  let standard: string | undefined;
  let untangled = false;
  const parts: string[] = [];
  let afterCadence = false;
  let rest: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    const next = tokens[i + 1];
    // A label such as 责任认识: starts whatever was glued after the last cell.
    if (i > 0 && /^[\u4e00-\u9fff]{2,8}[:：]$/u.test(token) && (cadence !== undefined || standard !== undefined)) {
      rest = tokens.slice(i).join(' ');
      break;
    }
    if (i > 0 && token.length <= 8 && cadenceCell(token) && !cadence) {
      cadence = cadenceCell(token);
      untangled = true;
      afterCadence = true;
      continue;
    }
    // Columns run 职责 | 时间 | 考核标准: the cell right after the time is the standard.
    const cell = standardCell(token);
    const standardHere = cell !== undefined || (afterCadence && fold(token).length <= 40 && !/。./u.test(fold(token)));
    afterCadence = false;
    if (i > 0 && standardHere && !standard && (cadence !== undefined || (next !== undefined && cadenceCell(next)) || (i === tokens.length - 1 && tokens.length > 1))) {
      standard = cleanItem(cell?.standard ?? token);
      if (cell?.tail) parts.push(cell.tail);
      untangled = true;
      continue;
    }
    // Cells glued to the end of a wrapped line of the duty: …负有重要责每日 / …开好经及时、准确、创新.
    const nextIsCell = next !== undefined && (standardCell(next) !== undefined || (cadenceCell(next) !== undefined && next.length <= 8));
    const both = !cadence && !standard && tokens.length > 1 ? GLUED_CADENCE_STANDARD.exec(fold(token)) : null;
    if (both && isStandardCell(both[2]!) && both.index > 0) {
      cadence = cadenceCell(both[1]!) ?? cadenceIn(both[1]!)?.cadence;
      standard = cleanItem(token.slice(both.index + both[0].length - both[2]!.length));
      token = token.slice(0, both.index);
      untangled = true;
    } else if (nextIsCell) {
      const key = fold(token);
      const glued = GLUED_CADENCE.exec(key);
      if (glued && !cadence && glued.index > 0) {
        cadence = cadenceCell(glued[0]) ?? cadenceIn(glued[0])?.cadence;
        token = token.slice(0, glued.index);
        untangled = true;
        afterCadence = true;
      } else {
        const gluedStandard = GLUED_STANDARD.exec(key);
        if (gluedStandard && !standard && gluedStandard.index > 0) {
          standard = cleanItem(token.slice(gluedStandard.index));
          token = token.slice(0, gluedStandard.index);
          untangled = true;
        }
      }
    }
    parts.push(token);
  }
  // Re-join the duty's own words: no space between Chinese characters split by the table.
  let text = '';
  for (const part of parts) {
    text += text && !(isCjk(text.at(-1)) || isCjk(part[0])) ? ` ${part}` : part;
  }
  // The rest of a split 时间 cell (每年、月、日) left after the duty's full stop.
  if (untangled) text = text.replace(/([。;；])\s*[年月日周](?:、[年月日周])*$/u, '$1');
  text = cleanItem(text);
  // 考核标准:… written inside the item.
  const stated = /[,;。]?\s*(?:考核标准|衡量标准|工作标准|标准)\s*[::]\s*(.+)$/u.exec(fold(text));
  if (stated && !standard) {
    standard = cleanItem(text.slice(stated.index + stated[0].length - stated[1]!.length));
    text = cleanItem(text.slice(0, stated.index));
  }
  rest = [rest, glued].filter(Boolean).join(' ') || undefined;
  return { text, ...(cadence ? { cadence } : {}), cadenceFromCell: cadence !== undefined, ...(standard ? { standard } : {}), untangled, ...(rest ? { rest } : {}) };
}

/**
 * Splits a requirement that ends in a preference: `全日制大学本科及以上学历,市场营销相关专业优先`
 * → basic `全日制大学本科及以上学历`, preferred `市场营销相关专业优先`.
 */
export function splitPreferred(text: string): { base?: string; bonus?: string } {
  const key = fold(text);
  if (!/优先|加分/u.test(key)) return { base: text };
  const clauses = key.split(/[,;]/u);
  const first = clauses.findIndex((clause) => /优先|加分/u.test(clause));
  if (first <= 0) return { bonus: text };
  const cut = clauses.slice(0, first).join(',').length;
  return { base: cleanItem(text.slice(0, cut)), bonus: cleanItem(text.slice(cut + 1)) };
}

/** Role title from a document title: 运营部主管岗位职责篇一 → 运营部主管. */
export function roleTitleFrom(title: string): string {
  let t = cleanTitle(title);
  const suffix = /(?:的)?(?:岗位|职位|工作)?(?:职责|职能)?(?:说明书?|描述|说明|要求|范围)?$|(?:的)?(?:岗位|职位)$|任职(?:要求|资格|条件)$|(?:工作|个人)?(?:计划|总结|报告)$|(?:范文|模板)$/u;
  for (let i = 0; i < 4; i++) {
    const key = fold(t);
    const match = suffix.exec(key);
    if (!match || match[0] === '') break;
    t = t.slice(0, match.index);
  }
  // A period is never part of a role's name (行政办公室下半年工作计划 → 行政办公室).
  const period = /(?:\d{4}|20[xX×]{2})\s*年[度中终底]?|上半年|下半年|年中|年终|年度|全年|[一二三四五六七八九十\d]{1,3}\s*月份?|第?[一二三四1-4]\s*季度|月度|季度|个人/gu;
  const key = fold(t);
  let out = '';
  let last = 0;
  for (const match of key.matchAll(period)) {
    out += t.slice(last, match.index);
    last = match.index + match[0].length;
  }
  return (out + t.slice(last)).replace(/[\s:：、,，]+$/u, '');
}

type Authority = { area: '人事' | '财务' | '其他'; matter: string; level: '建议' | '审核' | '审批' };

/** Authority lines: 人事权限(审核):… / 财务权限:…审批 / 其它权限:…建议权. */
function readAuthority(items: Item[]): { authority: Authority[]; unread: Item[] } {
  const authority: Authority[] = [];
  const unread: Item[] = [];
  for (const item of items) {
    const key = fold(item.text);
    const head = /^(人事|财务|其它|其他)(?:权限|权)?\s*(?:\(([^)]*)\))?\s*[:]?\s*/u.exec(key);
    if (!head) {
      unread.push(item);
      continue;
    }
    const area = head[1] === '人事' ? '人事' : head[1] === '财务' ? '财务' : '其他';
    const options = (head[2] ?? '').split(/[、,/]/u).map((o) => o.trim()).filter((o) => /^(?:建议|审核|审批)$/u.test(o));
    const rest = item.text.slice(head[0].length);
    const matters = rest.split(/[;；]|,\s*,|,(?=\s*对)/u).map((m) => cleanItem(m.replace(/^[,，\s]+/u, ''))).filter((m) => m.length > 1);
    let read = 0;
    for (const matter of matters.length > 0 ? matters : []) {
      const word = /(建议|审核|审批)/u.exec(fold(matter))?.[1] ?? (options.length === 1 ? options[0] : undefined);
      if (!word) continue;
      authority.push({ area, matter, level: word as Authority['level'] });
      read += 1;
    }
    if (read === 0 || read < matters.length) unread.push(item);
  }
  return { authority, unread };
}

/** Relations: 内部:… / 外部:…, split into names. */
function readRelations(items: Item[]): { internal: string[]; external: string[] } {
  const internal: string[] = [];
  const external: string[] = [];
  for (const item of items) {
    const key = fold(item.text);
    const match = /^(内部|外部)(?:沟通|协调|联系)?(?:关系|对象)?\s*[:]?\s*/u.exec(key);
    if (!match) continue;
    const names = splitEnumeration(item.text.slice(match[0].length));
    (match[1] === '内部' ? internal : external).push(...names);
  }
  return { internal, external };
}

interface KpiDraft {
  name: string;
  weight?: number;
  cycle?: string;
  standard?: string;
  target?: string;
  line?: number;
}

/** KPIs from a table (header names its columns) or from items such as 销售目标达成率 40% …. */
function readKpis(section: Section): KpiDraft[] {
  const kpis: KpiDraft[] = [];
  for (const table of tablesOf(section.content)) {
    const header = table.rows[0]?.map((cell) => fold(cell)) ?? [];
    const col = (pattern: RegExp) => header.findIndex((cell) => pattern.test(cell));
    const name = header.findIndex((cell) => /指标|KPI|考核项目|项目|名称|要素/iu.test(cell) && !WEIGHT_HEADER.test(cell));
    const weight = col(WEIGHT_HEADER);
    const cycle = col(/周期|频次|频率/u);
    const standard = col(/标准|说明|计算|评分/u);
    const target = col(/目标|要求/u);
    if (name < 0) continue;
    for (const row of table.rows.slice(1)) {
      const cell = (i: number) => (i >= 0 ? cleanItem(row[i] ?? '') : '');
      if (!cell(name)) continue;
      kpis.push({
        name: cell(name),
        ...(weight >= 0 && weightCell(cell(weight)) !== undefined ? { weight: weightCell(cell(weight)) } : {}),
        ...(cell(cycle) ? { cycle: cell(cycle) } : {}),
        ...(cell(standard) ? { standard: cell(standard) } : {}),
        ...(cell(target) ? { target: cell(target) } : {}),
        line: table.line,
      });
    }
  }
  if (kpis.length > 0) return kpis;
  const items = itemsOf(section);
  // Flattened table: header words then cells, one per token.
  const cells = items.flatMap((item) => item.text.split(/\s+/u)).filter(Boolean);
  const fromCells = metricsFromCells(cells).filter((m) => !/指标|权重/u.test(fold(m.name)));
  const points = WEIGHT_SECTION.test(section.key) || cells.some((cell) => WEIGHT_HEADER.test(fold(cell)) && fold(cell).length <= 8);
  const fromItems = items.map((item) => ({ item, metric: metricFromItem(item.text, { points }) })).filter((x) => x.metric);
  if (fromItems.length >= fromCells.length && fromItems.length > 0) {
    return fromItems.map(({ item, metric }) => ({ name: metric!.name, weight: metric!.weight, ...(metric!.standard ? { standard: metric!.standard } : {}), line: item.line }));
  }
  return fromCells.map((m) => ({ name: m.name, weight: m.weight, ...(m.standard ? { standard: m.standard } : {}) }));
}

/** Duty items from a section's tables (职责 / 时间 / 考核标准 columns). */
function dutiesFromTables(section: Section): DutyParts[] {
  const duties: DutyParts[] = [];
  for (const table of tablesOf(section.content)) {
    const header = table.rows[0]?.map((cell) => fold(cell)) ?? [];
    const text = header.findIndex((cell) => /职责|工作内容|内容|任务/u.test(cell));
    const time = header.findIndex((cell) => /时间|频次|频率|周期/u.test(cell));
    const standard = header.findIndex((cell) => /标准|要求/u.test(cell));
    if (text < 0) continue;
    for (const row of table.rows.slice(1)) {
      const duty = cleanItem(row[text] ?? '', { label: true });
      if (!duty) continue;
      const cadence = time >= 0 ? cadenceCell(row[time] ?? '') ?? cadenceIn(row[time] ?? '')?.cadence : undefined;
      const std = standard >= 0 ? cleanItem(row[standard] ?? '') : '';
      duties.push({ text: duty, ...(cadence ? { cadence } : {}), cadenceFromCell: cadence !== undefined, ...(std ? { standard: std } : {}), untangled: false, ...(table.line !== undefined ? { line: table.line } : {}) });
    }
  }
  return duties;
}

/** Extracts a `roles` entry from a job description. */
export function extractRole(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  const draft = new ExtractionDraft('role', input, options.confidence ?? 1);
  const top = sectionsOf(input.root);
  const lines = linesOf(input.root);
  const all = descendants(top);

  // ---- form fields (职位名称 … 本岗编制), anywhere in the document
  const { values: fields, fieldLines } = readLabelled(lines, ROLE_FIELDS);
  const personalLines = new Set(QUALIFICATION_FIELDS.map((name) => fields.get(name)?.line));
  const fieldBlocks = new Set(lines.filter((_, i) => fieldLines.has(i)).map((line) => line.block));
  for (const block of fieldBlocks) {
    const blockLines = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.block === block);
    if (block.type !== 'list' && blockLines.every(({ i }) => fieldLines.has(i)) && !blockLines.some(({ line }) => personalLines.has(line.line))) draft.consume(block);
  }
  const fieldTexts = new Set(lines.filter((_, i) => fieldLines.has(i)).map((line) => line.text));
  const field = (name: string) => {
    const found = fields.get(name);
    return found && !found.blank ? found : undefined;
  };

  // ---- title
  const title = field('title')?.value ?? roleTitleFrom(input.title);
  if (!title) draft.missingField('title', '未找到岗位名称,请填写');

  // ---- department: only from a 所属部门 field or a department named in the title
  const departmentName = field('department')?.value ?? leadingDepartment(cleanTitle(input.title));
  if (departmentName) draft.names.department = departmentName;
  else draft.flag('未写明所属部门,导入时按手册默认部门暂填,请核对', 'department');
  draft.ref(['department'], 'departments', departmentName ?? '');

  // ---- level
  const levelField = field('level');
  let level: Level | undefined = levelField ? levelOf(levelField.value) : undefined;
  level ??= levelOf(title);
  if (!level) {
    draft.missingField('level', `未能从岗位名称“${title || TO_FILL}”判断岗位级别,已暂填“员工”,请核对`, levelField?.line);
  }

  // ---- reports to
  const reportsTo = field('reportsTo');
  const reportsToName = reportsTo ? splitEnumeration(reportsTo.value)[0] : undefined;
  if (reportsToName) {
    draft.names.reportsTo = reportsToName;
    draft.ref(['reportsTo'], 'roles', reportsToName);
  } else {
    // A blank or missing 直接上级 is unknown, not "reports to no one": someone must fill it in.
    const stated = fields.get('reportsTo');
    draft.flag(stated ? `“${stated.label}”一栏为空,直接上级${TO_FILL},请核对` : `未写明直接上级,${TO_FILL},请核对`, 'reportsTo', stated?.line);
  }

  // ---- headcount, code
  const headcountField = field('headcount');
  const headcountMatch = headcountField ? /[一二两三四五六七八九十\d]+/u.exec(fold(headcountField.value)) : null;
  const headcount = headcountMatch ? chineseNumber(headcountMatch[0]) : undefined;
  const code = field('code')?.value;

  // ---- summary
  const summarySection = all.find((s) => SUMMARY_SECTION.test(s.key));
  let summary = field('summary')?.value;
  if (summarySection) {
    const text = itemsOf(summarySection).map((item) => item.text).join('');
    if (text) summary = cleanItem(text);
    draft.consumeSection(summarySection);
  }
  if (!summary) draft.missingField('summary', '未找到岗位概述(岗位工作概述),请用一两句话概括本岗位');

  // ---- duties
  const dutySections = all.filter((s) => DUTY_SECTION.test(s.key));
  const known = (s: Section) =>
    QUALIFICATION_SECTION.test(s.key) || RELATION_SECTION.test(s.key) || AUTHORITY_SECTION.test(s.key) || KPI_SECTION.test(s.key) || SUMMARY_SECTION.test(s.key);
  let dutyItems: Item[] = [];
  let dutyParts: DutyParts[] = [];
  if (dutySections.length > 0) {
    for (const section of dutySections) {
      dutyParts.push(...dutiesFromTables(section));
      dutyItems.push(...allItemsOf(section).filter((item) => item.text !== ''));
      draft.consumeSection(section);
    }
  } else {
    // Short forms without a 职责 heading: numbered or duty-like items outside the known sections.
    const inKnown = new Set(all.filter(known).flatMap((s) => [s, ...descendants(s)]));
    for (const section of [top, ...all.filter((s) => !inKnown.has(s))]) {
      const own = itemsOf(section).filter(
        (item) => (item.numbered || DUTY_START.test(item.key)) && !fieldTexts.has(item.text) && !DUTY_TABLE_HEADER.test(item.key),
      );
      if (own.length === 0) continue;
      dutyItems.push(...own);
      draft.consume(...section.content.filter((b) => (b.type === 'list' || b.type === 'paragraph') && own.some((item) => item.node === b || (b.type === 'list' && b.children.includes(item.node as never)))));
    }
  }
  // Parts of other sections that ended up inside duty items or lines (基本要求:… / 关键业绩指标:…).
  const inlineParts: Array<{ kind: InlineKind; text: string; line?: number }> = [];
  for (const item of dutyItems) {
    if (DUTY_TABLE_HEADER.test(item.key)) continue;
    const duty = readDuty(itemWithChildren(item));
    if (duty.rest) {
      const spilled = inlineSections(duty.rest);
      inlineParts.push(...spilled.parts.map((part) => ({ ...part, line: item.line })));
      duty.rest = cleanItem(spilled.before) || undefined;
      for (const part of spilled.parts.filter((p) => p.kind === 'other')) {
        duty.rest = [duty.rest, part.text].filter(Boolean).join(' ');
      }
    }
    dutyParts.push({ ...duty, line: item.line });
  }
  dutyParts = dutyParts.filter((duty) => duty.text.length > 1);

  const noCadence: number[] = [];
  const untangled: number[] = [];
  const lineOfDuty = (n: number | undefined) => (n === undefined ? undefined : dutyParts[n - 1]?.line);
  const responsibilities = dutyParts.map((duty, i) => {
    const cadence = duty.cadence ?? cadenceIn(duty.text)?.cadence;
    if (!cadence) noCadence.push(i + 1);
    if (duty.untangled) untangled.push(i + 1);
    if (duty.rest) {
      const excerpt = duty.rest.length > 40 ? `${duty.rest.slice(0, 40)}…` : duty.rest;
      draft.flag(`第${i + 1}项职责后面连着另一段内容“${excerpt}”,未放入职责,请核对原文`, 'responsibilities', duty.line);
    }
    return {
      text: duty.text,
      cadence: inScript(input.lang, cadence ?? '随时'),
      ...(duty.standard ? { standard: duty.standard } : {}),
    };
  });
  if (responsibilities.length === 0) {
    responsibilities.push({ text: TO_FILL, cadence: inScript(input.lang, '随时') });
    draft.missingField('responsibilities', '未找到岗位职责,请至少填写一项');
  } else {
    if (noCadence.length > 0) {
      draft.flag(`第${noCadence.join('、')}项职责未写明频次(每日/每周/每月…),已暂填“随时”,请核对`, 'responsibilities', lineOfDuty(noCadence[0]));
    }
    if (untangled.length > 0) {
      draft.flag(`第${untangled.join('、')}项职责由打散的表格还原(已分出时间和考核标准),请核对文字是否完整`, 'responsibilities', lineOfDuty(untangled[0]));
    }
  }

  // ---- qualifications
  const basic: string[] = [];
  const preferred: string[] = [];
  // 性别/年龄/身高… in a form header are not qualifications (and often not lawful ones):
  // they stay in the body, unconsumed, for HR to decide.
  const putText = (raw: string, where: 'basic' | 'preferred' | 'auto') => {
    // 基本要求:大专及以上学历;两年以上经验;… holds several requirements on one line.
    const inline = inlineSections(raw);
    const pieces: Array<{ text: string; where: 'basic' | 'preferred' | 'auto' }> = [
      { text: inline.before, where },
      ...inline.parts.filter((p) => p.kind !== 'kpi' && p.kind !== 'other').map((p) => ({ text: p.text, where: p.kind as 'basic' | 'preferred' | 'auto' })),
    ];
    for (const piece of pieces) {
      const items = inline.parts.length > 0 || /[;；]/u.test(piece.text) ? piece.text.split(/[;；]/u) : [piece.text];
      for (const one of items) {
        const text = cleanItem(one);
        if (!text) continue;
        if (piece.where === 'auto') {
          const { base, bonus } = splitPreferred(text);
          if (base) basic.push(base);
          if (bonus) preferred.push(bonus);
        } else (piece.where === 'preferred' ? preferred : basic).push(text);
      }
    }
    for (const part of inline.parts.filter((p) => p.kind === 'kpi')) inlineParts.push(part);
  };
  for (const section of all.filter((s) => QUALIFICATION_SECTION.test(s.key))) {
    const put = (items: Item[], where: 'basic' | 'preferred' | 'auto') => {
      for (const item of items) putText(itemWithChildren(item), where);
    };
    put(itemsOf(section), 'auto');
    for (const child of descendants(section)) {
      put(itemsOf(child), PREFERRED_SECTION.test(child.key) ? 'preferred' : BASIC_SECTION.test(child.key) ? 'basic' : 'auto');
    }
    draft.consumeSection(section);
  }

  // Requirements that arrived inline (the form's lines joined into the last duty).
  if (basic.length === 0 && preferred.length === 0) {
    for (const part of inlineParts.filter((p) => p.kind === 'basic' || p.kind === 'preferred' || p.kind === 'auto')) putText(part.text, part.kind as 'basic' | 'preferred' | 'auto');
  }

  // ---- relations, authority
  const relationSection = all.find((s) => RELATION_SECTION.test(s.key));
  const relations = relationSection ? readRelations(allItemsOf(relationSection)) : { internal: [], external: [] };
  if (relationSection && relations.internal.length + relations.external.length > 0) draft.consumeSection(relationSection);

  const authoritySection = all.find((s) => AUTHORITY_SECTION.test(s.key) && !RELATION_SECTION.test(s.key));
  let authority: Authority[] = [];
  if (authoritySection) {
    const read = readAuthority(allItemsOf(authoritySection));
    authority = read.authority.map((a) => ({ ...a, area: inScript(input.lang, a.area) as Authority['area'], level: inScript(input.lang, a.level) as Authority['level'] }));
    if (read.unread.length === 0 && authority.length > 0) draft.consumeSection(authoritySection);
    else if (read.unread.length > 0) {
      draft.flag('部分权限未能识别类别或级别(建议/审核/审批),已留在正文,请核对', 'authority', read.unread[0]!.line);
    }
  }

  // ---- KPIs
  // A KPI table under no KPI heading (a form's table) counts as the KPI section.
  const kpiSection = all.find((s) => KPI_SECTION.test(s.key) && !DUTY_SECTION.test(s.key)) ?? kpiTableSection([top, ...all]);
  let kpis: Array<Record<string, unknown>> = [];
  // 关键业绩指标:A、B、C written on one line (or glued into the last duty).
  const inlineKpiParts = [...inlineParts, ...lines.flatMap((line) => inlineSections(line.text).parts.map((part) => ({ ...part, line: line.line })))].filter((p) => p.kind === 'kpi');
  const inlineKpis: KpiDraft[] = [];
  for (const part of inlineKpiParts) {
    for (const piece of part.text.split(/[、,，;；]/u)) {
      const text = cleanItem(piece);
      if (!text || inlineKpis.some((k) => k.name === text)) continue;
      const metric = metricFromItem(text);
      inlineKpis.push(metric ? { name: metric.name, weight: metric.weight, ...(metric.standard ? { standard: metric.standard } : {}), line: part.line } : { name: text, line: part.line });
    }
  }
  if (kpiSection || inlineKpis.length > 0) {
    const found = kpiSection ? readKpis(kpiSection) : inlineKpis;
    const kpiLine = kpiSection?.line ?? inlineKpiParts[0]?.line;
    const sectionCycle = kpiSection ? cycleIn([kpiSection.name, ...allItemsOf(kpiSection).map((i) => i.text)].join('\n')) : undefined;
    let keepInBody = false;
    const noCycle: string[] = [];
    const noStandard: string[] = [];
    kpis = found.map((kpi) => {
      const cycle = (kpi.cycle ? cycleIn(kpi.cycle) : undefined) ?? sectionCycle;
      if (!cycle) noCycle.push(kpi.name);
      if (!kpi.standard) noStandard.push(kpi.name);
      return {
        name: kpi.name,
        ...(kpi.weight !== undefined ? { weight: kpi.weight } : {}),
        cycle: inScript(input.lang, cycle ?? '月度'),
        standard: kpi.standard ?? TO_FILL,
        ...(kpi.target ? { target: kpi.target } : {}),
      };
    });
    const weighted = kpis.filter((k) => k.weight !== undefined);
    if (weighted.length > 0 && (weighted.length !== kpis.length || weightSum(weighted as Array<{ weight: number }>) !== 100)) {
      draft.flag(`KPI 权重不全或合计不是 100(合计 ${weightSum(weighted as Array<{ weight: number }>)}),已去掉权重,原表留在正文,请核对`, 'kpis', kpiLine);
      kpis = kpis.map(({ weight: _weight, ...rest }) => rest);
      keepInBody = true;
    }
    // Per-KPI gaps are flagged on the KPI's own fields: the names themselves were found.
    if (noCycle.length > 0) draft.flag(`KPI“${noCycle.join('、')}”未写明考核周期,已暂填“月度”,请核对`, 'kpis.cycle', kpiLine);
    if (noStandard.length > 0) draft.flag(`KPI“${noStandard.join('、')}”未写明考核标准,请填写`, 'kpis.standard', kpiLine);
    if (kpiSection && kpis.length > 0 && !keepInBody) draft.consumeSection(kpiSection);
  }

  // ---- designations (一级消防责任人 …), anywhere
  const designations = [...new Set(lines.flatMap((line) => [...line.text.matchAll(DESIGNATIONS)].map((m) => m[0])))].map((d) => stripLabel(d));

  const frontmatter: Record<string, unknown> = {
    title: title || TO_FILL,
    ...(code ? { code } : {}),
    department: departmentName ?? '',
    level: inScript(input.lang, level ?? '员工'),
    ...(reportsToName ? { reportsTo: reportsToName } : {}),
    ...(headcount !== undefined && headcount > 0 ? { headcount } : {}),
    summary: summary || TO_FILL,
    responsibilities,
    qualifications: { basic, preferred },
    authority,
    relations,
    kpis,
    designations,
    ...draftCore(input),
  };
  return draft.finish(frontmatter);
}
