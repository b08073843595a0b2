/**
 * Stage 3, split: finds where each document of a collection file starts.
 *
 * Strong markers (篇一, 第二篇, 范文3, numbered titles) decide when a file has
 * them; otherwise bare titles ending in a document-type word do. Text before
 * the first marker is a document of its own when it has substance, else the
 * collection's preface (dropped and reported). A title glued to the end of the
 * previous paragraph is cut off first, so it can start the next document.
 * Off-topic documents are dropped later, by the classifier, which sees the
 * whole structured document.
 */
import type { DroppedDocument, RawDocument, SourceLine, SourceText } from '../model.ts';
import { foldText } from '../text/fold.ts';
import { readLabel } from '../structure/numbering.ts';
import { detectScript } from '../text/script.ts';
import { APPENDIX, gluedMarkerAt, gluedRoleTitleAt, gluedTitleAt, isTitleLike, matchMarker, numberedTitleLines, RELATED_LIST, titleGluedToHeadingAt, titleWithBodyAt, type Marker } from './markers.ts';

const SOURCE = 'import:split';

/**
 * How a body sentence or a duty starts (负责… 协助… 为了… 根据…): such a
 * first line is the document's text, never its title.
 */
/** A form's label row (岗位名称|客服员|所属部门|客服部 · 职位名称:物业管理员): fields, never a title. */
const FORM_ROW = /[|]|[^\s::]{2,8}[::]\s*\S/;

const SENTENCE_START = /^(?:负责|协助|督促|参与|配合|做好|根据|按照|依据|为了|凡|如果|若)/;

/** Splits cleaned source text into documents; the preface, if any, is returned as dropped. */
export function splitDocuments(source: SourceText, sourcePath: string): { documents: RawDocument[]; dropped: DroppedDocument[] } {
  const contents: DroppedDocument[] = [];
  const lines = setAsideTableOfContents(setAsideRelatedLists(unglueTitles(source), source), source, sourcePath, contents);
  const foldedLines = lines.map((line) => foldText(line.text.trim()));
  // A Word file that marks headings by level: a bare title on a lower level (Heading 2 under
  // a Heading 1) is a section of the document above it, not a document of its own. (Web
  // pages are left out: a collection page titles its documents <h2> under the page's <h1>.)
  const topHeading = source.encoding === 'docx' ? Math.min(...lines.map((line) => line.hint?.heading ?? Infinity)) : Infinity;
  const isSubheading = (line: SourceLine) => line.hint?.heading !== undefined && line.hint.heading > topHeading;
  // Numbered titles (1、…工作总结) number the documents only where nothing else does:
  // inside a document the same shape heads sections (1、两公里商圈方案).
  const anyStrong = foldedLines.some((line) => line && matchMarker(line)?.strength === 'strong');
  const numbered = anyStrong ? new Map<number, Marker>() : numberedTitleLines(foldedLines);
  // A table row (a header row included) never opens a document.
  const marks = lines.map((line, i) => {
    if (line.table) return undefined;
    const mark = numbered.get(i) ?? (line.text.trim() ? matchMarker(foldedLines[i]!) : undefined);
    return mark?.strength === 'weak' && isSubheading(line) ? undefined : mark;
  });
  const hasStrong = marks.some((mark) => mark?.strength === 'strong');

  // Which marker lines open a document.
  const starts: number[] = [];
  let inAppendix = false;
  lines.forEach((line, index) => {
    const folded = foldText(line.text.trim());
    const mark = marks[index];
    if (mark?.strength === 'strong') inAppendix = false;
    // A bare title right after removed page chrome (本文由会员上传… / 上一篇…) ends the previous document.
    const afterChrome = index > 0 && lines[index - 1]!.line < line.line - 1;
    if (mark && (mark.strength === 'strong' || !hasStrong || inAppendix || afterChrome)) {
      // Two titles in a row (a title and its subtitle) start one document.
      const previous = starts.at(-1);
      if (previous === undefined || contentLines(lines, previous + 1, index) > 0) starts.push(index);
    }
    if (APPENDIX.test(folded)) inAppendix = true;
  });

  const documents: RawDocument[] = [];
  const dropped: DroppedDocument[] = [...contents];
  /** A document, and the documents merged after it where its numbering starts again. */
  const push = (head: SourceLine[], body: SourceLine[], marker: Marker | undefined) => {
    const [first = [], ...rest] = splitAtRestart(body, isSubheading);
    documents.push(makeDocument(sourcePath, [...head, ...first], marker));
    for (const part of rest) {
      documents.push(makeDocument(sourcePath, part, undefined));
      source.file.info(`第 ${part[0]!.line} 行起编号重新开始,按新的一篇处理`, { place: { line: part[0]!.line, column: 1 }, ruleId: 'numbering-restart', source: SOURCE });
    }
  };
  const firstStart = starts[0] ?? lines.length;
  const preface = lines.slice(0, firstStart).filter((line) => line.text.trim());
  if (preface.length > 0) {
    if (isSubstantial(preface)) {
      push([], preface, undefined);
    } else {
      // Not a document: reported as a note on the file, not as a dropped document.
      source.file.info(`第 ${preface[0]!.line}–${preface.at(-1)!.line} 行是合集标题或前言,已略过`, {
        place: { line: preface[0]!.line, column: 1 },
        ruleId: 'preface',
        source: SOURCE,
      });
    }
  }
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? lines.length;
    const body = lines.slice(start, end).filter((line) => line.text.trim());
    if (body.length === 0) return;
    // A title on the last line has no body: push() still makes a (title-only) document, never a crash.
    push(marks[start] ? [body[0]!] : [], body.slice(marks[start] ? 1 : 0), marks[start]);
  });
  return { documents, dropped };
}

/** Label kinds that number a document's top level: a restart of one of them may start another document. */
const TOP_LEVEL_KINDS = new Set(['cn', 'article']);

/**
 * Two documents merged without a break show as a top-level sequence
 * (一、二、三、 / 第一条 …) starting again. The restart starts a new document
 * where it follows a title-like line (a short line ending in a document-type
 * word: the next document's title), or where a long run (三、 or more) starts
 * again with no chapter between (一、 may start again under 第二章: that is one
 * regulation). Any other restart is left to the structure stage, which flags it.
 */
function splitAtRestart(lines: SourceLine[], isSubheading: (line: SourceLine) => boolean): SourceLine[][] {
  const parts: SourceLine[][] = [[]];
  const highest = new Map<string, number>();
  for (const line of lines) {
    const label = readLabel(foldText(line.text.trim()));
    const current = parts.at(-1)!;
    // A chapter restarts the numbering under it.
    if (label && (label.kind === 'chapter' || label.kind === 'section')) highest.delete('cn');
    if (label && TOP_LEVEL_KINDS.has(label.kind)) {
      const previous = current.at(-1);
      const run = highest.get(label.kind) ?? 0;
      if (label.value === 1 && run >= 2 && previous && current.length > 1 && isTitleLike(previous.text) && !isSubheading(previous)) {
        current.pop();
        parts.push([previous]);
        highest.clear();
      } else if (label.value === 1 && run >= 3 && label.kind !== 'chapter' && current.length > 0) {
        parts.push([]);
        highest.clear();
      }
      highest.set(label.kind, Math.max(highest.get(label.kind) ?? 0, label.value));
    }
    parts.at(-1)!.push(line);
  }
  return parts.filter((part) => part.length > 0);
}

/**
 * Lists of links to other articles that scraped pages carry (相关文章 / 猜你喜欢
 * followed by title lines) are set aside: each title would otherwise look like
 * the start of a document. The list runs over the title-like lines after its
 * heading; a title followed by text is a document again and ends the list.
 */
function setAsideRelatedLists(lines: SourceLine[], source: SourceText): SourceLine[] {
  // The cleaner drops the list's heading as page chrome; where it did, the list starts right after the gap.
  const removedHeadings = source.file.messages
    .filter((m) => m.line && m.ruleId === 'navigation' && RELATED_LIST.test(foldText(/“(.*)”/.exec(m.reason)?.[1] ?? '').replace(/[::].*$/, '')))
    .map((m) => m.line!);
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const previousLine = i > 0 ? lines[i - 1]!.line : 0;
    const removed = removedHeadings.find((at) => at > previousLine && at < line.line);
    const heading = RELATED_LIST.test(foldText(line.text.trim()));
    if (!heading && removed === undefined) {
      out.push(line);
      continue;
    }
    const first = heading ? i + 1 : i;
    let end = first;
    while (lines[end] !== undefined && isLinkLike(lines[end]!.text)) {
      const next = lines[end + 1];
      // A title followed by body text starts a document: the list ends before it.
      if (next && next.text.trim() && !isLinkLike(next.text) && !RELATED_LIST.test(foldText(next.text.trim()))) break;
      end += 1;
    }
    if (end === first) {
      out.push(line);
      continue;
    }
    const from = heading ? line.line : removed!;
    source.file.info(`第 ${from}–${lines[end - 1]!.line} 行是相关文章链接列表,不是文档,已略过`, {
      place: { line: from, column: 1 },
      ruleId: 'related-list',
      source: SOURCE,
    });
    i = end - 1;
  }
  return out;
}

/** Fewest marker lines in a row that make a table of contents. */
const TOC_MIN_LINES = 3;

/**
 * A collection's table of contents lists its documents with the very markers
 * that open them (第1篇 运营主管岗位职责 / 第2篇 …), one per line and nothing
 * between. Documents have bodies: three or more strong marker lines in a row
 * with no text between them are a table of contents, set aside as a note,
 * never title-only documents.
 */
function setAsideTableOfContents(lines: SourceLine[], source: SourceText, sourcePath: string, dropped: DroppedDocument[]): SourceLine[] {
  const isEntry = (line: SourceLine) => !line.table && [...line.text.trim()].length <= 40 && matchMarker(foldText(line.text.trim()))?.strength === 'strong';
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    // The run: entries, with blank lines allowed between them.
    let first = -1;
    let last = -1;
    let entries = 0;
    for (let j = i; j < lines.length; j += 1) {
      if (!lines[j]!.text.trim()) continue;
      if (!isEntry(lines[j]!)) break;
      if (first < 0) first = j;
      entries += 1;
      last = j;
    }
    // The last title followed by text is the first document's own title, not an entry of the contents.
    // (Looked for only after a run: scanning on from every line made large files quadratic.)
    const next = entries > 0 ? nonBlankIndex(lines, last + 1, 1) : -1;
    if (next >= 0 && !isEntry(lines[next]!)) {
      entries -= 1;
      const previous = nonBlankIndex(lines, last - 1, -1);
      last = previous >= first ? previous : -1;
    }
    if (entries < TOC_MIN_LINES) {
      out.push(lines[i]!);
      continue;
    }
    out.push(...lines.slice(i, first));
    const from = lines[first]!.line;
    const to = lines[last]!.line;
    source.file.info(`第 ${from}–${to} 行是目录(${entries} 个标题),不是文档,已略过`, { place: { line: from, column: 1 }, ruleId: 'table-of-contents', source: SOURCE });
    dropped.push({ source: sourcePath, title: '目录', startLine: from, endLine: to, reason: `目录(${entries} 个标题),不是文档` });
    i = last;
  }
  return out;
}

/** Index of the first non-blank line from `from` on in the direction `step` (1 or -1), or -1. */
function nonBlankIndex(lines: readonly SourceLine[], from: number, step: 1 | -1): number {
  for (let i = from; i >= 0 && i < lines.length; i += step) if (lines[i]!.text.trim()) return i;
  return -1;
}

/** A line of a link list: a short title (bulleted or numbered 1. at most), no sentence punctuation. */
function isLinkLike(text: string): boolean {
  const folded = foldText(text.trim());
  const label = readLabel(folded);
  if (label && label.kind !== 'arabic' && label.kind !== 'bullet') return false;
  const title = folded.replace(/^(?:\d{1,2}\s*[.、]|[·•\-*>])\s*/, '');
  return title.length >= 4 && [...title].length <= 40 && !/[,,。;;!?]/.test(title);
}

function makeDocument(source: string, lines: SourceLine[], marker: Marker | undefined): RawDocument {
  const first = lines[0]!;
  const text = first.text.trim();
  let title = text;
  let body = lines;
  if (marker) {
    // Slice the original (not folded) text: folding keeps character positions.
    title = text.slice(marker.titleStart, marker.titleEnd).trim();
    body = lines.slice(1);
    // A bare 篇一 / 范文三: the next line is the title when it reads like one.
    const next = body[0]?.text.trim() ?? '';
    if (!title && next && [...next].length <= 30 && !/[,,。;;]/.test(next.slice(0, -1)) && !/[。;;,,]$/.test(next) && !readLabel(foldText(next)) && !SENTENCE_START.test(foldText(next)) && !FORM_ROW.test(foldText(next))) {
      title = next;
      body = body.slice(1);
    }
  } else if (first.table || [...text].length > 40 || /[,,。;;]/.test(text.slice(0, -1)) || /[。;;,,]$/.test(text) || readLabel(foldText(text)) || SENTENCE_START.test(foldText(text)) || FORM_ROW.test(foldText(text))) {
    title = '';
  } else {
    body = lines.slice(1);
  }
  return {
    source,
    title: title.replace(/[。::]$/, ''),
    startLine: first.line,
    endLine: lines.at(-1)!.line,
    lines: body,
    lang: detectScript(lines.map((line) => line.text).join('')),
  };
}

/** Cuts titles glued to the end of a paragraph (or to the start of their body) onto a line of their own. */
function unglueTitles(source: SourceText): SourceLine[] {
  const out: SourceLine[] = [];
  for (const original of source.lines) {
    if (original.table) {
      out.push(original);
      continue;
    }
    let line = original;
    let text = line.text.trim();
    // …遵照执行。篇二:商场值班制度 — the marker goes to a line of its own.
    const markerAt = text ? gluedMarkerAt(foldText(text)) : -1;
    if (markerAt > 0) {
      out.push({ ...line, text: text.slice(0, markerAt) });
      source.file.info(`“${text.slice(markerAt)}”粘在上一段末尾,已拆开`, { place: { line: line.line, column: markerAt + 1 }, ruleId: 'glued-title', source: SOURCE });
      line = { line: line.line, text: text.slice(markerAt) };
      text = line.text.trim();
    }
    // 商场督导实施方案一、背景 — the title, then its first heading.
    const headingAt = text ? titleGluedToHeadingAt(foldText(text)) : -1;
    if (headingAt > 0) {
      out.push({ ...line, text: text.slice(0, headingAt) }, { line: line.line, text: text.slice(headingAt).trim() });
      source.file.info(`标题“${text.slice(0, headingAt)}”后紧跟第一个小标题,已拆开`, { place: { line: line.line, column: 1 }, ruleId: 'glued-title', source: SOURCE });
      continue;
    }
    const bodyAt = text ? titleWithBodyAt(foldText(text)) : -1;
    if (bodyAt > 0) {
      out.push({ ...line, text: text.slice(0, bodyAt) }, { line: line.line, text: text.slice(bodyAt).trim() });
      source.file.info(`标题“${text.slice(0, bodyAt)}”后紧跟正文,已拆开`, { place: { line: line.line, column: 1 }, ruleId: 'glued-title', source: SOURCE });
      continue;
    }
    const folded = text ? foldText(text) : '';
    const punctuated = text ? gluedTitleAt(folded) : -1;
    const at = punctuated > 0 ? punctuated : text ? gluedRoleTitleAt(folded) : -1;
    if (at > 0) {
      const chars = text;
      out.push({ ...line, text: chars.slice(0, at) }, { line: line.line, text: chars.slice(at) });
      source.file.info(`标题“${chars.slice(at)}”粘在上一段末尾,已拆开`, {
        place: { line: line.line, column: at + 1 },
        ruleId: 'glued-title',
        source: SOURCE,
      });
    } else {
      out.push(line);
    }
  }
  return out;
}

function contentLines(lines: SourceLine[], from: number, to: number): number {
  return lines.slice(from, to).filter((line) => line.text.trim()).length;
}

/** A preface has substance when it reads like a document, not a title and a blurb. */
function isSubstantial(lines: SourceLine[]): boolean {
  const chars = lines.reduce((total, line) => total + [...line.text.trim()].length, 0);
  // Numbered items are content, however short; a title and a blurb have none.
  const numbered = lines.filter((line) => readLabel(foldText(line.text.trim()))).length;
  return (lines.length >= 4 && chars >= 120) || numbered >= 1;
}
