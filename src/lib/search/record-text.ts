/**
 * How a text is stored in the search index, and how it is read back for
 * display.
 *
 * The index holds one token per letter or digit, folded (see `fold.ts`) and
 * separated by spaces: "运 营 经 理". A quoted phrase of tokens then matches
 * exactly the texts that contain the query as a substring, whatever the
 * script, spacing or punctuation. What folding and tokenising throw away —
 * the original characters where they differ, the punctuation and spaces
 * between tokens — is kept beside the index in compact form, so excerpts can
 * be shown as written, in the page's own script.
 */
import { foldChar, isIndexable, type FoldTable } from './fold.ts';

export interface EncodedText {
  /** Space-separated folded tokens, as indexed. */
  content: string;
  /** Original characters where they differ from the token: `[[index, char], …]`, or the whole string when most differ. */
  originals: Array<[number, string]> | string;
  /** Non-indexed text after token i (index -1: before the first token): `[[i, text], …]`. */
  gaps: Array<[number, string]>;
}

/** Collapses whitespace; a run holding a line break stays one line break (it separates headings, list items …). */
function squeeze(gap: string): string {
  return gap.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '));
}

/** Splits `text` into folded tokens plus what is needed to show it again. */
export function encodeText(text: string, table: FoldTable): EncodedText {
  const tokens: string[] = [];
  const originals: string[] = [];
  const gaps: Array<[number, string]> = [];
  let gap = '';
  for (const char of text) {
    if (!isIndexable(char)) {
      gap += char;
      continue;
    }
    if (gap) {
      gaps.push([tokens.length - 1, squeeze(gap)]);
      gap = '';
    }
    tokens.push(foldChar(char, table));
    originals.push(char);
  }
  if (gap.trim()) gaps.push([tokens.length - 1, squeeze(gap)]);
  const changed: Array<[number, string]> = [];
  originals.forEach((char, i) => char !== tokens[i] && changed.push([i, char]));
  return {
    content: tokens.join(' '),
    originals: changed.length * 4 > tokens.length ? originals.join('') : changed,
    gaps,
  };
}

/** Turns stored `originals` and `gaps` back into lookups. */
export function decodeText(content: string, originals: EncodedText['originals'], gaps: EncodedText['gaps']) {
  const tokens = content ? content.split(' ') : [];
  const display = typeof originals === 'string' ? [...originals] : [...tokens];
  if (typeof originals !== 'string') for (const [i, char] of originals) display[i] = char;
  const after = new Map(gaps);
  return { tokens, display, after };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Token indexes where any of `terms` (token sequences) occurs in `tokens`. */
export function matchPositions(tokens: readonly string[], terms: readonly (readonly string[])[]): { first: number; marked: Set<number> } {
  const marked = new Set<number>();
  let first = -1;
  terms.forEach((term, t) => {
    if (!term.length) return;
    for (let i = 0; i + term.length <= tokens.length; i++) {
      let hit = true;
      for (let j = 0; j < term.length && hit; j++) hit = tokens[i + j] === term[j];
      if (!hit) continue;
      if (t === 0 && first === -1) first = i;
      for (let j = 0; j < term.length; j++) marked.add(i + j);
    }
  });
  return { first, marked };
}

/**
 * An excerpt of the original text: `size` tokens starting a little before
 * token `start`, with the tokens in `marked` wrapped in <mark>. Safe HTML.
 */
export function excerptHtml(
  decoded: ReturnType<typeof decodeText>,
  start: number,
  marked: ReadonlySet<number>,
  { size = 60, context = 16, line = false }: { size?: number; context?: number; line?: boolean } = {},
): string {
  const { display, after } = decoded;
  const breaksAfter = (i: number) => after.get(i)?.includes('\n') ?? false;
  let from = Math.max(0, Math.min(start - context, display.length - size));
  let to = Math.min(display.length, from + size);
  if (line) {
    // Only the line (heading, list item) that holds the match.
    from = start;
    while (from > 0 && !breaksAfter(from - 1) && start - from < context) from--;
    to = start + 1;
    while (to < display.length && !breaksAfter(to - 1) && to - from < size) to++;
  }
  const cutBefore = from > 0 && !(line && breaksAfter(from - 1));
  const cutAfter = to < display.length && !(line && breaksAfter(to - 1));
  let html = cutBefore ? '…' : from === 0 ? escapeHtml((after.get(-1) ?? '').trimStart()) : '';
  let open = false;
  for (let i = from; i < to; i++) {
    if (marked.has(i) && !open) {
      html += '<mark>';
      open = true;
    }
    html += escapeHtml(display[i]!);
    const gap = after.get(i);
    if (open && (!marked.has(i + 1) || gap || i === to - 1)) {
      html += '</mark>';
      open = false;
    }
    if (gap && i < to - 1) html += escapeHtml(gap.replace(/\n/g, ' '));
    else if (gap && i === display.length - 1) html += escapeHtml(gap.trim());
  }
  return cutAfter ? `${html}…` : html;
}
