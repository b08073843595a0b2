/**
 * Extracts a procedure (流程 / 值班 / 例会 / 开闭店 / 进场·撤场 / 应急预案 /
 * 汇报 / 退换货 / 检查表) into a `procedures` entry.
 *
 * Sections are sorted by their names: checklists (检查表/检查内容, one
 * category per subsection, or an annex line 附:…检查表 followed by
 * 类别:项目;项目 lines), "do not" rules (不得/严禁/禁止), records, schedule
 * (营业时间/时间安排 sections, 晨会时间:… lines, the rule that convenes a
 * meeting), branches (sections or items that state a condition: 欠费商户的处理,
 * 如遇…,), and steps (the numbered items; a long item of prose gives one step
 * per sentence). Each step gets its actors (the roles or departments that
 * start its clauses, or the one its section is named after), clock time with
 * range and holiday variant (kept out of the action text), forms in 《》, a
 * relative deadline and an approver. Items that report a case to a named role
 * become escalation rules (and stay steps when they are numbered steps).
 * Introductions, notes after numbered steps, definitions (总值班由…担任) and
 * penalties stay in the body, as do purpose, scope and responsibility sections.
 */
import type { RootContent } from 'mdast';
import type { Extraction } from '../model.ts';
import { TO_FILL } from '../model.ts';
import { PROCEDURE_KINDS } from '../../schemas/procedures.ts';
import { draftCore, ExtractionDraft, type ExtractInput, type ExtractOptions } from './builder.ts';
import { actorNames, approverIn, cadenceIn, clockTimesIn, deadlineIn, formsIn, HOLIDAY_WORDS, isDepartmentName, leadingActors, leadingDepartment, reportTarget, sentences, stepTimes } from './fields.ts';
import { ORGANISATION_LABELS, readLabelled } from './labelled.ts';
import { cleanItem, cleanTitle, fold, inScript } from './text.ts';
import { stepRows } from './tables.ts';
import { descendants, itemsOf, linesOf, sectionsOf, tablesOf, type Item, type Section } from './tree.ts';

type ProcedureKind = (typeof PROCEDURE_KINDS)[number];

/** Title words that give the procedure kind, in order of precedence. */
const KIND_WORDS: ReadonlyArray<readonly [RegExp, ProcedureKind]> = [
  [/应急|预案|突发|事故处理|火灾|停电|疏散/u, '应急预案'],
  [/值班/u, '值班制度'],
  [/例会|晨会|会议|周会|月会|夕会|早会/u, '会议制度'],
  [/汇报|报告制度|日报|周报|信息报送|报表制度/u, '汇报制度'],
  [/检查表|检查标准|点检|巡检表|清单/u, '检查表'],
  [/SOP|操作规程|作业指导|标准作业|操作规范|操作手册/iu, 'SOP'],
  [/流程|程序|开闭店|开店|闭店|开关门|进场|撤场|退换货|交接班|巡场/u, '流程'],
];

/** The procedure kind a title names, if it names one. */
export function procedureKindOf(title: string): ProcedureKind | undefined {
  const key = fold(title);
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(key)) return kind;
  return undefined;
}

const CHECKLIST_SECTION = /检查表|检查项目|检查内容|检查标准|点检|清单|附表/u;
const DONT_SECTION = /禁止|严禁|禁忌|不准|纪律要求/u;
const RECORD_SECTION = /^(?:相关)?(?:记录|表单|附件|使用表单|记录与表单|表格)$/u;
const SCHEDULE_SECTION = /营业时间|时间安排|作息时间|会议时间|值班时间|时间节点|^时间$/u;
const BODY_SECTION = /^目的$|编制目的|^(?:适用)?范围$|适用范围|职责分工|^职责$|组织机构|^定义$|术语|^附则$|^总则$|^说明$|^概述$|^依据$|^原则$/u;
const SUMMARY_SECTION = /^目的$|编制目的|^概述$|^说明$/u;
const BRANCH_SECTION = /(?:的|时的)?(?:处理|处置)(?:办法|程序|流程|方法)?$|特殊情况|异常情况|例外/u;
const ESCALATION_SECTION = /上报|报告程序|请示|升级/u;

const NOTE_SECTION = /注意事项|要求|规定|说明|上报|报告|纪律/u;
const DONT_START = /^(?:禁止|严禁|不得|不准|不许|切勿|杜绝|不能|不可|避免)/u;
/** A condition at the start of an item, possibly after a time clause: 清场时发现…, / 如遇…, / 对欠费商户, */
const CONDITION_START = /^(?:[^,,。]{1,10}?(?:时|中|期间))?\s*(?:如遇到?|如果|若|假如|凡|对于?|遇到?|发现|出现|发生|当)(.{2,40}?)(?:的|时|者|后)?[,,::]\s*/u;
/** Words that only introduce a condition, dropped from its text (如遇店铺未按时开门 → 店铺未按时开门). */
const CONDITION_WORDS = /^(?:如遇到?|如果|若|假如|当|凡|对于?|遇到?)/u;

interface StepDraft {
  actors: string[];
  action: string;
  time?: string;
  endTime?: string;
  holidayTime?: string;
  deadline?: string;
  forms: string[];
  approval?: string;
  note?: string;
  line?: number;
}

/** Actor named by a section heading: 招商部 / 招商部职责 / (一)运营部的工作. */
function sectionActor(section: Section | undefined): string | undefined {
  if (!section) return undefined;
  const actors = leadingActors(`${section.name}负责`);
  if (actors.length !== 1) return undefined;
  const rest = fold(section.name).slice(fold(actors[0]!).length);
  return /^(?:的)?(?:职责|工作|工作职责|负责|任务|分工)?$/u.test(rest) ? actors[0] : undefined;
}

/**
 * A step's action without what other fields hold: a leading clock time or range and
 * holiday variants in brackets (`17:50 播放闭店预告广播(节假日21:00)` → `播放闭店预告广播`).
 */
export function actionText(text: string): string {
  let action = cleanItem(text);
  const key = () => fold(action);
  const lead = /^\s*(?:\d+[.、]\s*)?\d{1,2}\s*[:]\s*\d{2}(?:\s*(?:-|–|—|~|至|到)\s*\d{1,2}\s*[:]\s*\d{2})?\s*(?:\([^()]*\))?\s*[,:]?\s*/u.exec(key());
  if (lead && lead[0].length < action.length) action = action.slice(lead[0].length);
  for (let guard = 0; guard < 3; guard++) {
    const variant = new RegExp(`\\([^()]*?(?:${HOLIDAY_WORDS.source})[^()]*?\\)`, 'u').exec(key());
    if (!variant) break;
    action = action.slice(0, variant.index) + action.slice(variant.index + variant[0].length);
  }
  return cleanItem(action);
}

/** Reads one step from a line of text; `fallbackActor` is used when the text names no actor. */
function readStep(text: string, line: number | undefined, fallbackActor: string | readonly string[] | undefined, note?: string): StepDraft {
  const action = actionText(text) || cleanItem(text);
  // A topic label before the action (日报:楼层主管于…) is not the actor.
  const actorText = action.replace(/^[^,，。:：]{1,6}[:：]\s*/u, '');
  const approval = approverIn(action);
  // Every clause may name who acts: "营业员经员工通道到岗,商管员检查仪容仪表".
  let actors = [...new Set(actorText.split(/[,，;；。]/u).flatMap((clause) => leadingActors(clause)))].filter((name) => name !== approval);
  if (actors.length === 0 && fallbackActor) actors = typeof fallbackActor === 'string' ? [fallbackActor] : [...fallbackActor];
  const times = stepTimes(text);
  const deadline = deadlineIn(action);
  return {
    actors,
    action,
    ...times,
    ...(deadline ? { deadline } : {}),
    forms: formsIn(action),
    ...(approval && !actors.includes(approval) ? { approval } : {}),
    ...(note ? { note } : {}),
    line,
  };
}

/** Condition and remainder of an item that starts with one (如遇…, / 对欠费商户…). */
function conditionOf(text: string): { condition: string; rest: string } | undefined {
  const match = CONDITION_START.exec(fold(text));
  if (!match) return undefined;
  const condition = cleanItem(text.slice(0, match[0].length)).replace(/(?:的|时|者)$/u, '');
  const rest = cleanItem(text.slice(match[0].length));
  if (!rest || condition.length < 3) return undefined;
  return { condition, rest };
}

/** Extracts a `procedures` entry. */
export function extractProcedure(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  const draft = new ExtractionDraft('procedure', input, options.confidence ?? 1);
  const lang = input.lang;
  const top = sectionsOf(input.root);
  const all = descendants(top);
  const lines = linesOf(input.root);
  const documentText = lines.map((l) => l.text).join('\n');

  // ---- title, kind, department
  let title = cleanTitle(input.title);
  if (!procedureKindOf(title) && (title === '' || /计划|总结|职责|说明书|范文/u.test(fold(title)))) {
    // A collection's title (运营主管工作计划篇三) over a rule whose own name is glued into the text.
    // The shortest name wins: 晨会管理制度, not the heading glued before it (…的要求晨会管理制度).
    const key = fold(documentText);
    const named = [2, 3, 4, 5, 6]
      .map((n) => new RegExp(`[\\u4e00-\\u9fff]{${n}}(?:管理制度|制度|流程|管理规定|预案|操作规程)(?=——|\\s|$|[,。:])`, 'u').exec(key))
      .find((match) => match && !/[的了和与及]/u.test(match[0]));
    if (named) {
      const found = documentText.slice(named.index, named.index + named[0].length);
      if (title) draft.flag(`原标题“${title}”不是流程名称,已改用正文中的“${found}”,请核对`, undefined, lines.find((l) => l.text.includes(found))?.line);
      title = found;
    }
  }
  if (!title) draft.missingField('title', '未找到流程标题,请填写');
  // The title decides; failing that, the first heading that names a kind (晨会的要求 → 会议制度),
  // then the kind the text keeps returning to (晨会 mentioned ten times).
  const kind = procedureKindOf(title) ?? all.map((s) => procedureKindOf(s.name)).find(Boolean) ?? dominantKind(documentText);
  if (!kind) draft.missingField('kind', '未能判断流程类型(流程/SOP/检查表/应急预案/会议制度/汇报制度/值班制度),已暂填“流程”,请核对');

  const { values } = readLabelled(lines, ORGANISATION_LABELS);
  const stated = values.get('department');
  const departmentName = (stated && !stated.blank ? stated.value : undefined) ?? leadingDepartment(title);
  if (departmentName) draft.names.department = departmentName;
  else draft.flag('未写明所属部门,导入时按手册默认部门暂填,请核对', 'department');
  draft.ref(['department'], 'departments', departmentName ?? '');

  // ---- sort the sections
  const within = (pattern: RegExp) => new Set(all.filter((s) => pattern.test(s.key)).flatMap((s) => [s, ...descendants(s)]));
  const checklistSections = all.filter((s) => CHECKLIST_SECTION.test(s.key) && !all.some((p) => p !== s && CHECKLIST_SECTION.test(p.key) && descendants(p).includes(s)));
  const inChecklist = new Set(checklistSections.flatMap((s) => [s, ...descendants(s)]));
  const inBody = within(BODY_SECTION);
  const inDonts = within(DONT_SECTION);
  const inRecords = within(RECORD_SECTION);
  const inSchedule = within(SCHEDULE_SECTION);
  const inEscalation = within(ESCALATION_SECTION);
  const branchSections = all.filter((s) => BRANCH_SECTION.test(s.key) && !inChecklist.has(s) && !inBody.has(s));

  // ---- summary: a 目的 section or an opening paragraph
  const summarySection = all.find((s) => SUMMARY_SECTION.test(s.key));
  const opening = top.content.find((b) => b.type === 'paragraph');
  const summarySource = summarySection ? itemsOf(summarySection) : opening ? itemsOf({ ...top, content: [opening] }) : [];
  const summary = cleanItem(summarySource.map((i) => i.text).join(''));

  // ---- checklists
  const checklists: Array<{ category: string; items: string[] }> = [];
  for (const section of checklistSections) {
    const groups = [section, ...descendants(section)];
    for (const group of groups) {
      const items = itemsOf(group).map((i) => cleanItem(i.text)).filter(Boolean);
      if (items.length > 0) checklists.push({ category: group.name || title, items });
    }
    draft.consumeSection(section);
  }

  // ---- walk the items
  const steps: StepDraft[] = [];
  const branches: Array<{ condition: string; afterStep?: number; steps: StepDraft[]; line?: number }> = [];
  const escalation: Array<{ condition: string; to: string; within?: string }> = [];
  const donts: string[] = [];
  const scheduleTimes: string[] = [];
  let holidays: string | undefined;
  let scheduleNote: string | undefined;
  const meetingAttendees: string[] = [];

  const stepSections = [top, ...all].filter((s) => !inChecklist.has(s) && !inBody.has(s) && !inRecords.has(s));
  let fromTables = false;
  for (const section of stepSections) {
    // Steps tables (时间 | 事项 | 负责人): one step a row, the actor column before any name in the text.
    let tabled = false;
    for (const table of tablesOf(section.content)) {
      const rows = stepRows(table.rows, table.node);
      if (!rows) continue;
      tabled = true;
      fromTables = true;
      for (const row of rows) steps.push({ ...readStep(row.text, row.line, row.actors), ...(row.actors.length > 0 ? { actors: row.actors } : {}), ...(row.deadline ? { deadline: row.deadline } : {}) });
      draft.consume(table.node);
    }
    const items = itemsOf(section);
    if (items.length === 0) continue;
    const actor = sectionActor(section) ?? sectionActor(all.find((p) => p.children.includes(section)));
    // An untitled opening is prose (as are unnumbered lines beside a steps table).
    if (section === top && items.every((i) => !i.numbered) && (all.length > 0 || tabled)) continue;
    // Where the steps are numbered, an unnumbered line is a note or an introduction, not a step.
    const numberedSection = items.filter((i) => i.numbered).length >= 2;
    const keptInBody = new Set<RootContent>();
    let inAnnex = false;
    if (inSchedule.has(section)) {
      for (const item of items) {
        // Times after a holiday word are the holiday variant, not the regular schedule.
        const holidayAt = HOLIDAY_WORDS.exec(item.key)?.index ?? Infinity;
        scheduleTimes.push(...clockTimesIn(item.text).filter((t) => t.index < holidayAt).map((t) => t.time));
        if (!holidays && HOLIDAY_WORDS.test(item.key)) holidays = holidaySentence(item.text);
      }
      continue;
    }
    const branch = branchSections.includes(section)
      ? { condition: cleanItem(section.name.replace(/(?:的|时的)?(?:处理|处置)(?:办法|程序|流程|方法)?$/u, '')) || section.name, afterStep: steps.length || undefined, steps: [] as StepDraft[], line: section.line }
      : undefined;
    const flatten = (item: Item): Array<{ text: string; line?: number; note?: string; continues?: boolean }> => {
      if (item.children.length === 0) {
        // A long item of prose holds several rules: one step per sentence, the later ones
        // done by whoever did the one before unless they name someone else.
        const parts = sentences(item.text);
        if (fold(item.text).length > 80 && parts.length >= 2) return parts.map((part, i) => ({ text: part.text, line: item.line, continues: i > 0 }));
        return [{ text: item.text, line: item.line }];
      }
      // A short item with sub-items is a phase title (开店前准备:); its sub-items are the steps.
      if (fold(item.text).length <= 15 || /[::]$/u.test(item.text)) {
        const phase = cleanItem(item.text);
        return item.children.flatMap(flatten).map((child) => ({ ...child, note: child.note ?? `属于“${phase}”` }));
      }
      return [{ text: `${cleanItem(item.text)}:${item.children.map((c) => cleanItem(c.text)).join(';')}`, line: item.line }];
    };
    let previous: StepDraft | undefined;
    const flat = items.flatMap((item) => flatten(item).map((entry) => ({ ...entry, item })));
    for (const { text, line, note, continues, item } of flat) {
      const key = fold(text);
      if (!cleanItem(text)) continue;
      const doer = continues && previous && previous.actors.length > 0 ? previous.actors : actor;
      const keep = () => keptInBody.add(item.node as RootContent);
      // 附:总值班检查表 starts a checklist whose lines are 类别:项目;项目.
      if (/^附[::]?.{0,12}(?:检查表|清单|检查项目)/u.test(key)) {
        inAnnex = true;
        continue;
      }
      if (inAnnex) {
        const row = /^([^,:;。]{1,8}?)[::](.+)$/u.exec(key);
        const category = row ? cleanItem(text.slice(0, row[1]!.length)) : cleanItem(text);
        const entries = row ? text.slice(row[0].length - row[2]!.length).split(/[;；]/u).map((e) => cleanItem(e)).filter(Boolean) : [];
        if (entries.length > 0) checklists.push({ category, items: entries });
        continue;
      }
      // Who attends a meeting (参会人员为…) names participants, not a step.
      if (/^(?:参会|参加|与会|出席)(?:人员|对象|范围)/u.test(key)) {
        const list = text.split(/[,，;；。]/u)[0]!.replace(/^[^为:：]{0,6}[为是:：]/u, '');
        meetingAttendees.push(...actorNames(list));
        keep();
        continue;
      }
      // 晨会时间:每日营业前9:00—9:15… / 例会…每周一上午9:00…召开 belongs to the schedule.
      if ((/^[\u4e00-\u9fff]{0,8}时间\s*[:]/u.test(key) || (/召开/u.test(key) && clockTimesIn(text).length > 0)) && !item.children.length) {
        const holidayAt = HOLIDAY_WORDS.exec(key)?.index ?? Infinity;
        scheduleTimes.push(...clockTimesIn(text).filter((t) => t.index < holidayAt).map((t) => t.time));
        scheduleNote ??= cleanItem(text);
        continue;
      }
      if (numberedSection && !item.numbered && item.children.length === 0) {
        keep();
        continue;
      }
      // Not actions: an introduction (…按以下规定汇报工作:), a definition (总值班由…担任),
      // a penalty (未按时提交的,扣…分). They stay in the body.
      if (/[::]$/u.test(key) || /(?:以下|如下)[^,。]{0,8}$/u.test(key.replace(/[::。]$/u, '')) || /由[^,。]{2,20}担任/u.test(key) || /(?:扣除?|罚款|处罚|通报批评|记过)[^。]{0,12}(?:分|元)?[。;]?$/u.test(key) && /的[,,]/u.test(key)) {
        keep();
        continue;
      }
      // 不能当场解决的,… states a case, not a prohibition.
      const isCase = /^[^,。]{2,14}的[,]/u.test(key);
      if ((DONT_START.test(key) && !isCase) || /[,;](?:不得|严禁|禁止|不准)/u.test(key) || (inDonts.has(section) && /不得|严禁|禁止|不准/u.test(key))) {
        donts.push(cleanItem(text));
        continue;
      }
      const target = reportTarget(text);
      // 遇重大事件立即报告项目总经理: a condition without a comma before the report.
      // 不能当场解决的,上报客服主管: a case (…的,) that is reported is an escalation too.
      const reportedCase = target ? /^([^,。]{2,14}的)[,]/u.exec(key) : null;
      const condition =
        conditionOf(text) ??
        (target && target.index > 2 && /^(?:遇到?|如遇|发现|发生|出现|凡)/u.test(key) ? { condition: cleanItem(text.slice(0, target.index)), rest: cleanItem(text.slice(target.index)) } : undefined) ??
        (reportedCase ? { condition: text.slice(0, reportedCase[1]!.length), rest: cleanItem(text.slice(reportedCase[0].length)) } : undefined);
      if (condition && target && fold(condition.rest).length - fold(target.to).length <= 16) {
        escalation.push({ condition: condition.condition, to: target.to, ...(target.within ? { within: target.within } : {}) });
        // Among numbered steps or in a phase (总值班职责: … 遇重大事件立即报告项目总经理) it is also a
        // step; in a list of notes (注意事项) it is only a rule.
        if (note !== undefined || (item.numbered && !NOTE_SECTION.test(section.key))) steps.push(readStep(text, line, doer, note));
        continue;
      }
      if (inEscalation.has(section) && target) {
        escalation.push({ condition: cleanItem(text.slice(0, target.index)) || cleanItem(text), to: target.to, ...(target.within ? { within: target.within } : {}) });
        continue;
      }
      if (branch) {
        previous = readStep(text, line, doer, note);
        branch.steps.push(previous);
        continue;
      }
      // In an emergency plan every step is conditional (发生停电后,…): they stay steps.
      if (condition && kind !== '应急预案' && !DONT_START.test(fold(condition.rest))) {
        branches.push({ condition: condition.condition.slice((CONDITION_WORDS.exec(fold(condition.condition))?.[0] ?? '').length), ...(steps.length ? { afterStep: steps.length } : {}), steps: [readStep(condition.rest, line, doer)], line });
        continue;
      }
      previous = readStep(text, line, doer, note);
      steps.push(previous);
    }
    if (branch && branch.steps.length > 0) branches.push(branch);
    // What became steps, branches and rules leaves the body; an emptied heading goes with it.
    draft.consume(...section.content.filter((b) => (b.type === 'list' || b.type === 'paragraph') && !keptInBody.has(b) && !(b.type === 'list' && b.children.some((li) => keptInBody.has(li as never)))));
  }
  // Steps from tables were read before their section's items: put all steps back in document order.
  if (fromTables) sortByLine(steps, branches);
  // Holiday arrangements stated outside a schedule section (e.g. in 注意事项).
  holidays ??= lines
    .filter((l) => l.source !== 'heading' && !/^\d/u.test(l.key) && HOLIDAY_WORDS.test(l.key) && clockTimesIn(l.text).length > 0)
    .map((l) => holidaySentence(l.text))
    .find(Boolean);
  // Lines of records sections name the forms.
  for (const section of all.filter((s) => inRecords.has(s))) draft.consumeSection(section);

  // ---- steps → frontmatter, with actor refs
  if (steps.length === 0) {
    steps.push({ actors: [], action: TO_FILL, forms: [] });
    draft.missingField('steps', '未找到流程步骤,请至少填写一个步骤');
  }
  const withoutActor: string[] = [];
  let firstWithoutActor: number | undefined;
  const stepOut = (step: StepDraft, path: Array<string | number>, label: string) => {
    const actors = step.actors.length > 0 ? step.actors : [''];
    if (step.actors.length === 0) {
      withoutActor.push(label);
      firstWithoutActor ??= step.line;
    }
    actors.forEach((name, i) => draft.ref([...path, 'actors', i], name && isDepartmentName(name) ? 'departments' : 'roles', name));
    if (step.approval) draft.ref([...path, 'approval'], 'roles', step.approval);
    return {
      actors,
      action: step.action,
      ...(step.time ? { time: step.time } : {}),
      ...(step.endTime ? { endTime: step.endTime } : {}),
      ...(step.holidayTime ? { holidayTime: step.holidayTime } : {}),
      ...(step.deadline ? { deadline: step.deadline } : {}),
      forms: step.forms,
      ...(step.approval ? { approval: step.approval } : {}),
      ...(step.note ? { note: step.note } : {}),
    };
  };
  const stepsOut = steps.map((step, i) => stepOut(step, ['steps', i], `第${i + 1}步`));
  const branchesOut = branches.map((branch, b) => ({
    condition: branch.condition,
    ...(branch.afterStep ? { afterStep: branch.afterStep } : {}),
    steps: branch.steps.map((step, i) => stepOut(step, ['branches', b, 'steps', i], `分支“${branch.condition}”第${i + 1}步`)),
  }));
  if (withoutActor.length > 0) {
    const listed = withoutActor.length > 8 ? `${withoutActor.slice(0, 8).join('、')}等 ${withoutActor.length} 个步骤` : withoutActor.join('、');
    draft.flag(`${listed}未写明执行岗位,请填写`, 'steps', firstWithoutActor);
  }
  const escalationOut = escalation.map((rule, i) => {
    draft.ref(['escalation', i, 'to'], isDepartmentName(rule.to) ? 'departments' : 'roles', rule.to);
    return rule;
  });

  // ---- participants: the roles (not departments) that act in the steps
  const participants = [...new Set([...meetingAttendees, ...[...steps, ...branches.flatMap((b) => b.steps)].flatMap((s) => s.actors)])].filter((name) => name && !isDepartmentName(name));
  participants.forEach((name, i) => draft.ref(['participants', i], 'roles', name));

  // ---- schedule
  const stepTimesAll = steps.map((s) => s.time).filter((t): t is string => t !== undefined);
  const times = [...new Set([...scheduleTimes, ...stepTimesAll])].sort();
  const frequencyFound = cadenceIn(title)?.cadence ?? (kind === '会议制度' && /晨会|早会|夕会/u.test(fold(title)) ? '每日' : undefined) ?? cadenceIn(summary)?.cadence ?? (scheduleNote ? cadenceIn(scheduleNote)?.cadence : undefined);
  let schedule: Record<string, unknown> | undefined;
  if (frequencyFound || times.length > 0) {
    if (!frequencyFound) draft.flag('未写明执行频次,已暂填“随时”,请核对', 'schedule.frequency');
    schedule = {
      frequency: inScript(lang, frequencyFound ?? '随时'),
      times,
      ...(holidays ? { holidays } : {}),
      ...(scheduleNote ? { note: scheduleNote } : {}),
    };
  }

  const frontmatter: Record<string, unknown> = {
    title: title || TO_FILL,
    kind: inScript(lang, kind ?? '流程'),
    department: departmentName ?? '',
    ...(summary ? { summary } : {}),
    participants,
    ...(schedule ? { schedule } : {}),
    steps: stepsOut,
    branches: branchesOut,
    checklists,
    records: formsIn(documentText),
    escalation: escalationOut,
    donts,
    ...draftCore(input),
  };
  return draft.finish(frontmatter);
}

/** The kind whose words the text uses at least three times (and most often). */
function dominantKind(text: string): ProcedureKind | undefined {
  const key = fold(text);
  let best: { kind: ProcedureKind; count: number } | undefined;
  for (const [pattern, kind] of KIND_WORDS) {
    const count = (key.match(new RegExp(pattern.source, 'gu')) ?? []).length;
    if (count >= 3 && (!best || count > best.count)) best = { kind, count };
  }
  return best?.kind;
}

/** The sentence of `text` that speaks of holidays. */
function holidaySentence(text: string): string | undefined {
  const found = sentences(text).find((s) => HOLIDAY_WORDS.test(fold(s.text)));
  return found ? cleanItem(found.text) : undefined;
}

/** Sorts steps by source line (stable), keeping each branch after the same step as before. */
function sortByLine(steps: StepDraft[], branches: Array<{ afterStep?: number }>): void {
  const anchors = branches.map((branch) => (branch.afterStep ? steps[branch.afterStep - 1] : undefined));
  const sorted = steps.map((step, i) => ({ step, i })).sort((a, b) => (a.step.line ?? 0) - (b.step.line ?? 0) || a.i - b.i).map(({ step }) => step);
  steps.splice(0, steps.length, ...sorted);
  branches.forEach((branch, i) => {
    const anchor = anchors[i];
    if (anchor) branch.afterStep = steps.indexOf(anchor) + 1;
  });
}
