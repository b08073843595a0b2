/**
 * Aligns a text with its search tokens. A text is made of runs separated by
 * line breaks (element boundaries, see `page-text.ts`). Inside a run, the
 * index holds one token per letter or digit, folded (see `fold.ts`): the
 * character and the next NGRAM − 1 ones, fewer at the end of the run —
 * "运营经理" → "运营经 营经理 经理 理". Token i thus starts at the i-th letter or
 * digit, so positions stay those of the characters, and:
 * - a query of NGRAM or more characters is the quoted phrase of its n-grams,
 *   which matches exactly the runs that contain it, whatever the script,
 *   spacing or punctuation, and never across a run boundary (no token spans one);
 * - a shorter query is a prefix search, matching every token starting with it
 *   (each of its occurrences inside a run starts one).
 * Long tokens are rare, so a query needs few and small index chunks: a
 * 3-character query one token, a 4-character one two.
 * Because folding maps one character to one character, token i is the i-th
 * letter or digit of the original text, which is how excerpts are shown as
 * written.
 */
import { foldChar, isIndexable, type FoldTable } from './fold.ts';

export interface AlignedText {
  /** Folded tokens, as indexed. */
  tokens: string[];
  /** The original character of each token. */
  display: string[];
  /** Text between tokens: after token i (-1: before the first). Line breaks are kept, other whitespace squeezed. */
  after: Map<number, string>;
}

/** Collapses whitespace; a run holding a line break stays one line break (it separates headings, list items …). */
function squeeze(gap: string): string {
  return gap.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '));
}

/** Splits `text` into folded tokens, keeping what is needed to show it again. */
export function alignText(text: string, table: FoldTable): AlignedText {
  const tokens: string[] = [];
  const display: string[] = [];
  const after = new Map<number, string>();
  let gap = '';
  for (const char of text) {
    if (!isIndexable(char)) {
      gap += char;
      continue;
    }
    if (gap) after.set(tokens.length - 1, squeeze(gap));
    gap = '';
    tokens.push(foldChar(char, table));
    display.push(char);
  }
  if (gap.trim()) after.set(tokens.length - 1, squeeze(gap));
  return { tokens, display, after };
}

/** True when a run boundary (line break) follows character i of an aligned text. */
export function breaksAfter(aligned: AlignedText, i: number): boolean {
  return aligned.after.get(i)?.includes('\n') ?? false;
}

/** Characters per index token (see above). */
export const NGRAM = 3;

/** Index tokens of characters (`chars`, one run): each with the next NGRAM − 1 ones, fewer at the end. */
export function ngrams(chars: readonly string[]): string[] {
  return chars.map((_, i) => chars.slice(i, i + NGRAM).join(''));
}

/** Tokens [from, to) of an aligned text written back as text (the gap before `from` only at the start). */
export function textOfTokens(aligned: AlignedText, from: number, to: number): string {
  let text = from === 0 ? (aligned.after.get(-1) ?? '') : '';
  for (let i = from; i < Math.min(to, aligned.display.length); i++) text += aligned.display[i]! + (aligned.after.get(i) ?? '');
  return text;
}

/** The runs of an aligned text: its characters' tokens, cut at line breaks. */
export function runsOf(aligned: AlignedText): string[][] {
  const runs: string[][] = [[]];
  aligned.tokens.forEach((token, i) => {
    runs.at(-1)!.push(token);
    if (breaksAfter(aligned, i)) runs.push([]);
  });
  return runs.filter((run) => run.length > 0);
}

/** The index content of a text: its n-gram tokens (see above), one per letter or digit, separated by spaces. */
export function indexContent(text: string, table: FoldTable): string {
  return runsOf(alignText(text, table)).flatMap(ngrams).join(' ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Token indexes where any of `terms` (token sequences) occurs within one run;
 * `first` is the first occurrence of the first term.
 */
export function matchPositions(aligned: AlignedText, terms: readonly (readonly string[])[]): { first: number; marked: Set<number> } {
  const { tokens } = aligned;
  const marked = new Set<number>();
  let first = -1;
  terms.forEach((term, t) => {
    if (!term.length) return;
    for (let i = 0; i + term.length <= tokens.length; i++) {
      let hit = true;
      for (let j = 0; j < term.length && hit; j++) hit = tokens[i + j] === term[j] && (j === 0 || !breaksAfter(aligned, i + j - 1));
      if (!hit) continue;
      if (t === 0 && first === -1) first = i;
      for (let j = 0; j < term.length; j++) marked.add(i + j);
    }
  });
  return { first, marked };
}

/**
 * An excerpt of the original text: `size` tokens starting a little before
 * token `start`, with the tokens in `marked` wrapped in <mark>. With `line`,
 * only the line holding the match. Safe HTML.
 */
export function excerptHtml(
  aligned: AlignedText,
  start: number,
  marked: ReadonlySet<number>,
  { size = 60, context = 16, line = false }: { size?: number; context?: number; line?: boolean } = {},
): string {
  const { display, after } = aligned;
  const breaksAfter = (i: number) => after.get(i)?.includes('\n') ?? false;
  let from = Math.max(0, Math.min(start - context, display.length - size));
  let to = Math.min(display.length, from + size);
  if (line) {
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
