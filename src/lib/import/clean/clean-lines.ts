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

/** What the cleaner removed or marked, for the import report. */
export interface CleanSummary {
  /** Rule label → number of lines dropped. */
  dropped: Record<string, number>;
  placeholders: number;
}

/** Cleans a decoded file in place of its lines; returns the cleaned copy and a summary. */
export function cleanSource(source: SourceText): { source: SourceText; summary: CleanSummary } {
  const summary: CleanSummary = { dropped: {}, placeholders: 0 };
  const drop = (line: SourceLine, label: string, ruleId: string) => {
    summary.dropped[label] = (summary.dropped[label] ?? 0) + 1;
    source.file.info(`已删除${label}:“${clip(line.text)}”`, { place: { line: line.line, column: 1 }, ruleId, source: SOURCE });
  };

  const lines: SourceLine[] = [];
  let insideChrome: string | undefined;
  for (const original of source.lines) {
    let text = original.text;
    if (insideChrome) {
      const close = new RegExp(`</${insideChrome}\\s*>`, 'i').exec(text);
      if (!close) {
        drop(original, 'HTML 标签', 'html-tag');
        continue;
      }
      text = text.slice(close.index + close[0].length);
      insideChrome = undefined;
    }
    const opened = OPEN_CHROME.exec(text);
    if (opened) {
      insideChrome = opened[1];
      text = text.slice(0, opened.index);
    }
    text = text.replace(DROP_ELEMENT_CONTENT, '');
    let stripped = STRIP_RULES[0]!;
    for (const rule of STRIP_RULES) {
      const before = text;
      text = text.replace(rule.strip!, '');
      if (text !== before) stripped = rule;
    }
    text = decodeEntities(text).replace(/[\u00a0\u3000]/g, ' ').replace(/[ \t]+$/g, '').replace(/^[ \t]+/, '');
    // `;。` is a scraper's artefact: the item ended at the semicolon.
    text = text.replace(/[;;]\s*。/g, ';');

    if (text.trim() === '') {
      if (original.text.trim() !== '') drop(original, stripped.label, stripped.id);
      else lines.push({ ...original, text: '' });
      continue;
    }
    const folded = foldText(text.trim());
    const rule = NOISE_RULES.find((candidate) => candidate.dropLine!.test(folded));
    if (rule) {
      drop(original, rule.label, rule.id);
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
    lines.push({ ...original, text });
  }
  return { source: { ...source, lines }, summary };
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
