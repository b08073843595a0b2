/**
 * Stage 2, clean: removes page chrome, navigation, metadata, ads, spam and
 * form artifacts line by line; marks placeholders (kept in the text, flagged
 * as 待填写); fixes stray `;。` line endings. Every removal is recorded on the
 * file as an info message with the source line, so nothing disappears silently.
 */
import type { SourceLine, SourceText } from '../model.ts';
import { foldText } from '../text/fold.ts';
import { DROP_ELEMENT_CONTENT, NOISE_RULES, PLACEHOLDER, STRIP_RULES } from './noise-rules.ts';

const SOURCE = 'import:clean';
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', hellip: '…', mdash: '—' };
/** An element whose content is chrome, opened on one line and closed on a later one. */
const OPEN_CHROME = /<(rt|rp|noframes|script|style|noscript)\b[^>]*>(?![\s\S]*<\/\1\s*>)/i;
/**
 * How far a chrome element opened on one line may reach: real `<script>` or
 * `<noframes>` blocks in saved pages are a few dozen lines. An element still
 * open after that is a stray tag (spam, a broken page), and skipping on would
 * swallow the rest of the file, so only its own line is cleaned.
 */
export const CHROME_BLOCK_LIMIT = { lines: 60, chars: 8000 };

/** What the cleaner removed or marked, for the import report. */
export interface CleanSummary {
  /** Rule label → number of lines dropped. */
  dropped: Record<string, number>;
  /** Rule label → characters deleted (whole lines and parts of lines; whitespace not counted). */
  deletedChars: Record<string, number>;
  /** Characters in the file before cleaning (whitespace not counted). */
  totalChars: number;
  placeholders: number;
}

/**
 * Characters that carry text: what the report counts. Whitespace and markup
 * (`<p>`, `</div>`) are not content, and an entity (`&nbsp;`) is one character,
 * so a tag-soup page is not "mostly deleted" because its tags went.
 */
export function countChars(text: string): number {
  const bare = text.replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, '&');
  let n = 0;
  for (const ch of bare) if (!/\s/.test(ch)) n += 1;
  return n;
}

/** Cleans a decoded file in place of its lines; returns the cleaned copy and a summary. */
export function cleanSource(source: SourceText): { source: SourceText; summary: CleanSummary } {
  const summary: CleanSummary = { dropped: {}, deletedChars: {}, totalChars: 0, placeholders: 0 };
  const deleted = (label: string, chars: number) => {
    if (chars > 0) summary.deletedChars[label] = (summary.deletedChars[label] ?? 0) + chars;
  };
  /** Drops a whole line; `chars` is its {@link countChars}. */
  const drop = (line: SourceLine, chars: number, label: string, ruleId: string) => {
    summary.dropped[label] = (summary.dropped[label] ?? 0) + 1;
    deleted(label, chars);
    source.file.info(`已删除${label}:“${clip(line.text)}”`, { place: { line: line.line, column: 1 }, ruleId, source: SOURCE });
  };

  const lines: SourceLine[] = [];
  // Inside a chrome element opened on an earlier line: its name and the index of the line that closes it.
  let insideChrome: { tag: string; closeAt: number } | undefined;
  for (const [index, original] of source.lines.entries()) {
    const originalChars = countChars(original.text);
    summary.totalChars += originalChars;
    let text = original.text;
    if (insideChrome) {
      if (index < insideChrome.closeAt) {
        drop(original, originalChars, 'HTML 标签', 'html-tag');
        continue;
      }
      const close = new RegExp(`</${insideChrome.tag}\\s*>`, 'i').exec(text)!;
      text = text.slice(close.index + close[0].length);
      insideChrome = undefined;
    }
    const opened = OPEN_CHROME.exec(text);
    if (opened) {
      const closeAt = findClose(source.lines, index + 1, opened[1]!);
      text = text.slice(0, opened.index);
      if (closeAt !== undefined) insideChrome = { tag: opened[1]!, closeAt };
      else {
        source.file.message(`<${opened[1]}> 标签在 ${CHROME_BLOCK_LIMIT.lines} 行内没有结束,只删除了本行标签之后的内容,后面的行照常导入`, {
          place: { line: original.line, column: opened.index + 1 },
          ruleId: 'unclosed-tag',
          source: SOURCE,
        });
      }
    }
    text = text.replace(DROP_ELEMENT_CONTENT, '');
    let stripped = STRIP_RULES[0]!;
    let tagRemoved = text !== original.text;
    for (const rule of STRIP_RULES) {
      const before = text;
      text = text.replace(rule.strip!, '');
      if (text !== before) {
        stripped = rule;
        tagRemoved = true;
      }
    }
    text = decodeEntities(text).replace(/[\u00a0\u3000]/g, ' ').replace(/[ \t]+$/g, '').replace(/^[ \t]+/, '');
    // `;。` is a scraper's artefact: the item ended at the semicolon.
    text = text.replace(/[;;]\s*。/g, ';');

    if (text.trim() === '') {
      if (original.text.trim() !== '') drop(original, originalChars, stripped.label, stripped.id);
      else lines.push({ ...original, text: '' });
      continue;
    }
    const folded = foldText(text.trim());
    const rule = NOISE_RULES.find((candidate) => candidate.dropLine!.test(folded));
    if (rule) {
      drop(original, originalChars, rule.label, rule.id);
      continue;
    }
    for (const match of text.matchAll(PLACEHOLDER)) {
      summary.placeholders += 1;
      const shown = match[0].trim() === '' ? '空白金额' : `“${match[0]}”`;
      source.file.message(`占位符${shown}需要填写实际内容(待填写)`, {
        place: { line: original.line, column: (match.index ?? 0) + 1 },
        ruleId: 'placeholder',
        source: SOURCE,
      });
    }
    deleted(tagRemoved ? stripped.label : CLEANUP.label, originalChars - countChars(text));
    lines.push({ ...original, text });
  }
  return { source: { ...source, lines }, summary };
}

/** Label for characters removed by entity decoding, trimming and `;。`: not a rule of their own. */
const CLEANUP = { id: 'cleanup', label: '格式整理' };

/** Index of the line that closes `<tag>`, looking no further than {@link CHROME_BLOCK_LIMIT}. */
function findClose(lines: SourceLine[], from: number, tag: string): number | undefined {
  const close = new RegExp(`</${tag}\\s*>`, 'i');
  let chars = 0;
  for (let i = from; i < lines.length && i < from + CHROME_BLOCK_LIMIT.lines; i += 1) {
    if (close.test(lines[i]!.text)) return i;
    chars += lines[i]!.text.length;
    if (chars > CHROME_BLOCK_LIMIT.chars) return undefined;
  }
  return undefined;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function clip(text: string): string {
  const chars = [...text.trim()];
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : chars.join('');
}
