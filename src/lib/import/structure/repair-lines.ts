/**
 * Layout repairs before structure is inferred: lines are split where several
 * items were run together, and joined where one sentence, heading or word was
 * broken across lines. Each repair is reported with its source line.
 */
import type { VFile } from 'vfile';
import { foldText } from '../text/fold.ts';
import { nextLabelPattern, readLabel } from './numbering.ts';

export interface WorkLine {
  line: number;
  text: string;
}

const SOURCE = 'import:structure';
const TERMINAL = /[。!?!?;;::…”」』)》]$/;
const SENTENCE_END = /[。;;!?!?]/;
const SINGLE_CJK = /^[\u4e00-\u9fff]$/;
/** Where an item list starts after a lead-in: 职责:1.… / 主要有:①… */
const LIST_AFTER_COLON = /[::]\s*(?=(1\s*[.、](?!\d)|①|\(1\)|一、|一是))/;
/** A first item glued to a title, with its second item later on the line: 商场运营部工作职责1.熟知…;2.熟知… */
const GLUED_FIRST_ITEM = /(?<=[\u4e00-\u9fff])(?=(1\s*[.、](?!\d)|\(1\)|①).*?[;;。](2\s*[.、]|\(2\)|②))/;

/** Applies every repair in order; returns new lines (source line numbers kept). */
export function repairLines(input: WorkLine[], file: VFile): WorkLine[] {
  let lines = input.map((line) => ({ line: line.line, text: line.text.trim() })).filter((line) => line.text);
  lines = joinVerticalText(lines, file);
  lines = joinLabelOnlyLines(lines, file);
  lines = lines.flatMap((line) => splitRunTogether(line, file));
  lines = lines.flatMap((line) => splitGluedHeading(line, file));
  lines = joinBrokenLines(lines, file);
  // Re-joining hard-wrapped lines can bring items back together (…审批。二、财务部…): split them again.
  lines = lines.flatMap((line) => splitRunTogether(line, file));
  return lines;
}

function note(file: VFile, line: number, reason: string, ruleId: string): void {
  file.info(reason, { place: { line, column: 1 }, ruleId, source: SOURCE });
}

/** 岗 / 位 / 职 / 责 one character per line (a vertical table label) → 岗位职责. */
function joinVerticalText(lines: WorkLine[], file: VFile): WorkLine[] {
  const out: WorkLine[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && SINGLE_CJK.test(lines[j]!.text)) j += 1;
    if (j - i >= 3) {
      out.push({ line: lines[i]!.line, text: lines.slice(i, j).map((line) => line.text).join('') });
      note(file, lines[i]!.line, `竖排文字“${out.at(-1)!.text}”已合并为一行`, 'vertical-text');
      i = j;
    } else {
      out.push(lines[i]!);
      i += 1;
    }
  }
  return out;
}

/** A numbering label alone on its line (八、 / (6)) belongs to the text on the next line. */
function joinLabelOnlyLines(lines: WorkLine[], file: VFile): WorkLine[] {
  const out: WorkLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const current = lines[i]!;
    const label = readLabel(foldText(current.text));
    const next = lines[i + 1];
    if (label && label.kind !== 'bullet' && label.length >= current.text.length && next && !readLabel(foldText(next.text))) {
      out.push({ line: current.line, text: `${current.text}${next.text}` });
      note(file, current.line, `编号“${current.text}”与下一行的文字分开了,已合并`, 'split-heading');
      i += 1;
    } else {
      out.push(current);
    }
  }
  return out;
}

/**
 * 1.熟悉…;2.熟悉…;3.… or ①…②… on one line → one line per item. Only the
 * *next* label in sequence splits, so "1.5亿元" or a stray "2." inside a
 * sentence stays put.
 */
export function splitRunTogether(line: WorkLine, file: VFile): WorkLine[] {
  const parts: WorkLine[] = [];
  let rest = line.text;
  const lead = LIST_AFTER_COLON.exec(rest) ?? GLUED_FIRST_ITEM.exec(foldText(rest));
  if (!readLabel(foldText(rest)) && lead && lead.index < 40 && lead.index > 0) {
    const cut = lead.index + lead[0].length;
    parts.push({ line: line.line, text: rest.slice(0, cut) });
    rest = rest.slice(cut);
  }
  // A label glued after the end of a sentence: …必做之事。一、指导思想
  if (!readLabel(foldText(rest))) {
    const glued = /[。;;!?](?=(一、|\(一\)|1\s*[、.](?!\d)|①))/.exec(foldText(rest));
    if (glued && glued.index > 0 && rest.length - glued.index > 2) {
      parts.push({ line: line.line, text: rest.slice(0, glued.index + 1) });
      rest = rest.slice(glued.index + 1);
    }
  }
  for (;;) {
    const folded = foldText(rest);
    const label = readLabel(folded);
    const pattern = label && nextLabelPattern(label);
    const match = pattern?.exec(folded.slice(label!.length));
    if (!label || !match) break;
    const cut = label.length + match.index + (match[0].length - match[0].trimStart().length);
    if (cut <= label.length) break;
    parts.push({ line: line.line, text: rest.slice(0, cut).trim() });
    rest = rest.slice(cut).trim();
  }
  parts.push({ line: line.line, text: rest });
  if (parts.length > 1) note(file, line.line, `一行里写了 ${parts.length} 项内容,已拆成多行`, 'run-together');
  return parts.filter((part) => part.text);
}

/**
 * Hard-wrapped lines: a long line that stops mid-sentence continues on the
 * next line, unless that line starts a numbered item. A line starting with
 * 一、 right after such a line is the second half of a word (统 / 一、规范)
 * when the document's 一、二、 sequence is already past one.
 */
function joinBrokenLines(lines: WorkLine[], file: VFile): WorkLine[] {
  const out: WorkLine[] = [];
  let cnSeen = 0;
  for (const current of lines) {
    const previous = out.at(-1);
    const folded = foldText(current.text);
    const label = readLabel(folded);
    const previousOpen = previous && !TERMINAL.test(previous.text) && [...previous.text].length >= 20;
    const falseHeading = label?.kind === 'cn' && label.value === 1 && cnSeen >= 1;
    if (previous && previousOpen && (!label || falseHeading) && !SENTENCE_END.test(previous.text.slice(-1))) {
      previous.text += current.text;
      note(file, current.line, falseHeading ? '“一、”是上一行词语的后半(被换行拆开),不是标题,已接回上一行' : '句子被换行拆开,已接回上一行', falseHeading ? 'false-heading' : 'hard-wrap');
      continue;
    }
    if (label?.kind === 'cn') cnSeen = Math.max(cnSeen, label.value);
    out.push({ ...current });
  }
  return out;
}

/** Words that end a section title: 晨会的要求 / 主要内容 / 适用范围 … */
const TITLE_END = /^(.{1,10}?(?:的要求|的主要内容|的内容|要求|内容|原则|目的|范围|职责|流程|标准|措施|安排|程序))(?=[^,,。;;:、\s)])/;

/**
 * A section heading glued to its first sentence (二、晨会的要求晨会工作是…):
 * split after a title-ending word, or where the heading's subject starts
 * again (晨会组织者的要求|晨会管理制度…). Only section labels (一、 / (一)) are
 * considered: a numbered duty (1、负责制定工作计划和目标要求…) is never cut.
 */
export function splitGluedHeading(line: WorkLine, file: VFile): WorkLine[] {
  const folded = foldText(line.text);
  const label = readLabel(folded);
  if (!label || (label.kind !== 'cn' && label.kind !== 'paren-cn')) return [line];
  const rest = folded.slice(label.length);
  if ([...rest].length < 16) return [line];
  let cut = TITLE_END.exec(rest)?.[1]?.length ?? -1;
  if (cut < 0) {
    const subject = rest.slice(0, 2);
    const again = rest.indexOf(subject, 4);
    if (/^[\u4e00-\u9fff]{2}$/.test(subject) && again >= 4 && again <= 12 && !/[,,。;;:、]/.test(rest.slice(0, again))) cut = again;
  }
  if (cut < 2 || rest.length - cut < 10) return [line];
  const at = label.length + cut;
  note(file, line.line, `标题“${line.text.slice(0, at)}”与正文连在一起,已拆开`, 'glued-heading');
  return [
    { line: line.line, text: line.text.slice(0, at) },
    { line: line.line, text: line.text.slice(at) },
  ];
}
