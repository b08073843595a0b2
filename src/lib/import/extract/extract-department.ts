/**
 * Extracts a department function statement (部门职能说明书 / 部门职责 /
 * 运营部工作职责) into a `departments` entry: name, summary, functions (职能)
 * and must-know items (应知应会), plus head and parent when stated.
 *
 * Functions come from a 职能/职责/主要工作 section; must-know items from an
 * 应知应会 section, or from lists whose items mostly start with 熟知 / 熟悉 /
 * 掌握 / 了解 (how scraped statements list what staff must know).
 */
import type { Extraction } from '../model.ts';
import { TO_FILL } from '../model.ts';
import { draftCore, ExtractionDraft, type ExtractInput, type ExtractOptions } from './builder.ts';
import { leadingDepartment } from './fields.ts';
import { readLabelled } from './labelled.ts';
import { cleanItem, cleanTitle, fold, splitEnumeration } from './text.ts';
import { allItemsOf, descendants, itemsOf, itemWithChildren, linesOf, sectionsOf, type Item, type Section } from './tree.ts';

const FUNCTION_SECTION = /部门职能|主要职能|^职能$|部门职责|主要职责|^(?:工作)?职责$|^主要工作$|^工作内容$|^职责范围$|^主要任务$|^基本职能$|^工作职能$/u;
const MUST_KNOW_SECTION = /应知应会|必知必会|应知|须知/u;
const SUMMARY_SECTION = /部门(?:概述|简介|定位|使命|宗旨)|^概述$|^简介$/u;
const MUST_KNOW_ITEM = /^(?:熟知|熟悉|掌握|了解|知晓|懂得|会使用|能够|能熟练|牢记)/u;

/** Department name from a title: 运营管理部工作职能说明书 篇一 → 运营管理部. */
export function departmentNameFrom(title: string): string | undefined {
  let t = cleanTitle(title);
  const suffix = /(?:的)?(?:部门)?(?:工作)?(?:职能|职责)(?:说明书?|说明|范围)?$|说明书$/u;
  for (let i = 0; i < 3; i++) {
    const match = suffix.exec(fold(t));
    if (!match || match[0] === '') break;
    t = t.slice(0, match.index);
  }
  if (/(?:部|中心|办公室|科|处|室)$/u.test(fold(t))) return t;
  return leadingDepartment(t);
}

const itemText = (item: Item) => cleanItem(itemWithChildren(item));

/** Extracts a `departments` entry from a department function statement. */
export function extractDepartment(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  const draft = new ExtractionDraft('department', input, options.confidence ?? 1);
  const top = sectionsOf(input.root);
  const all = descendants(top);
  const lines = linesOf(input.root);

  const { values: fields, fieldLines } = readLabelled(lines, {
    name: ['部门名称'],
    head: ['部门负责人', '部门经理', '部门主管', '负责人'],
    parent: ['上级部门', '隶属于', '归属'],
  });
  const fieldTexts = new Set(lines.filter((_, i) => fieldLines.has(i)).map((line) => line.text));
  for (const line of lines.filter((_, i) => fieldLines.has(i))) {
    if (line.block.type === 'paragraph' || line.block.type === 'heading') {
      const all = lines.filter((l) => l.block === line.block);
      if (all.every((l) => fieldTexts.has(l.text))) draft.consume(line.block);
    }
  }
  const field = (name: string) => {
    const found = fields.get(name);
    return found && !found.blank ? found.value : undefined;
  };

  // ---- name
  const name = field('name') ?? departmentNameFrom(input.title);
  if (!name) draft.missingField('name', '未能从标题找到部门名称,请填写');

  // ---- summary
  const summarySection = all.find((s) => SUMMARY_SECTION.test(s.key));
  const summary = summarySection ? cleanItem(itemsOf(summarySection).map((i) => i.text).join('')) : '';
  if (summarySection && summary) draft.consumeSection(summarySection);

  // ---- functions and must-know items
  const functions: string[] = [];
  const mustKnow: string[] = [];
  const taken = new Set<Section>();
  for (const section of all) {
    if (taken.has(section)) continue;
    const target = MUST_KNOW_SECTION.test(section.key) ? mustKnow : FUNCTION_SECTION.test(section.key) ? functions : undefined;
    if (!target) continue;
    target.push(...allItemsOf(section).map(itemText).filter(Boolean));
    for (const s of [section, ...descendants(section)]) taken.add(s);
    draft.consumeSection(section);
  }
  // Lists outside those sections: a list of 熟知/掌握… items is 应知应会, others are 职能.
  const loose = [top, ...all.filter((s) => !taken.has(s) && s !== summarySection && !SUMMARY_SECTION.test(s.key))];
  for (const section of loose) {
    for (const block of section.content) {
      if (block.type !== 'list' && block.type !== 'paragraph') continue;
      const items = itemsOf({ ...section, content: [block] }).filter((item) => item.text && !fieldTexts.has(item.text));
      if (items.length === 0) continue;
      if (block.type === 'paragraph' && !items.every((item) => item.numbered || MUST_KNOW_ITEM.test(item.key))) continue;
      const knowing = items.filter((item) => MUST_KNOW_ITEM.test(item.key)).length;
      const target = knowing / items.length >= 0.6 ? mustKnow : functions;
      target.push(...items.map(itemText).filter(Boolean));
      draft.consume(block);
    }
  }
  if (functions.length === 0) {
    functions.push(TO_FILL);
    draft.missingField('functions', '未找到部门职能,请至少填写一项');
  }

  // ---- head and parent, when stated
  const frontmatter: Record<string, unknown> = {
    name: name ?? TO_FILL,
    ...(summary ? { summary } : {}),
    functions,
    mustKnow,
    ...draftCore(input),
  };
  const head = field('head') && splitEnumeration(field('head')!)[0];
  if (head) {
    frontmatter.head = head;
    draft.ref(['head'], 'roles', head);
  }
  const parent = field('parent') && splitEnumeration(field('parent')!)[0];
  if (parent) {
    frontmatter.parent = parent;
    draft.ref(['parent'], 'departments', parent);
  }
  if (name) draft.names.department = name;
  return draft.finish(frontmatter);
}
