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
import { APPENDIX, gluedRoleTitleAt, gluedTitleAt, matchMarker, numberedTitleLines, titleWithBodyAt, type Marker } from './markers.ts';

const SOURCE = 'import:split';

/** Splits cleaned source text into documents; the preface, if any, is returned as dropped. */
export function splitDocuments(source: SourceText, sourcePath: string): { documents: RawDocument[]; dropped: DroppedDocument[] } {
  const lines = unglueTitles(source);
  const foldedLines = lines.map((line) => foldText(line.text.trim()));
  // Numbered titles (1、…工作总结) number the documents only where nothing else does:
  // inside a document the same shape heads sections (1、两公里商圈方案).
  const anyStrong = foldedLines.some((line) => line && matchMarker(line)?.strength === 'strong');
  const numbered = anyStrong ? new Map<number, Marker>() : numberedTitleLines(foldedLines);
  const marks = lines.map((line, i) => numbered.get(i) ?? (line.text.trim() ? matchMarker(foldedLines[i]!) : undefined));
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
  const dropped: DroppedDocument[] = [];
  const firstStart = starts[0] ?? lines.length;
  const preface = lines.slice(0, firstStart).filter((line) => line.text.trim());
  if (preface.length > 0) {
    if (isSubstantial(preface)) {
      documents.push(makeDocument(sourcePath, preface, undefined));
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
    // A title on the last line has no body: it still makes a (title-only) document, never a crash.
    const [first = [], ...rest] = splitAtRestart(body.slice(marks[start] ? 1 : 0));
    documents.push(makeDocument(sourcePath, marks[start] ? [body[0]!, ...first] : first, marks[start]));
    for (const part of rest) {
      documents.push(makeDocument(sourcePath, part, undefined));
      source.file.info(`第 ${part[0]!.line} 行的编号从“一、”重新开始,按新的一篇处理`, { place: { line: part[0]!.line, column: 1 }, ruleId: 'numbering-restart', source: SOURCE });
    }
  });
  return { documents, dropped };
}

/**
 * Two documents merged without a break show as the top-level 一、二、三、
 * sequence starting again. A restart after at least 三、 starts a new document.
 */
function splitAtRestart(lines: SourceLine[]): SourceLine[][] {
  const parts: SourceLine[][] = [[]];
  let highest = 0;
  for (const line of lines) {
    const label = readLabel(foldText(line.text.trim()));
    if (label?.kind === 'cn') {
      if (label.value === 1 && highest >= 3 && parts.at(-1)!.length > 0) {
        parts.push([]);
        highest = 0;
      }
      highest = Math.max(highest, label.value);
    }
    parts.at(-1)!.push(line);
  }
  return parts.filter((part) => part.length > 0);
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
    if (!title && next && [...next].length <= 30 && !/[,,。;;]/.test(next.slice(0, -1)) && !readLabel(foldText(next))) {
      title = next;
      body = body.slice(1);
    }
  } else if ([...text].length > 40 || /[,,。;;]/.test(text.slice(0, -1)) || readLabel(foldText(text))) {
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
  for (const line of source.lines) {
    const text = line.text.trim();
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
