/**
 * Repairs text that was stored as GBK and decoded one byte out of step.
 *
 * When a byte is lost (a lead byte dropped, or turned into `?` by a decoder),
 * every following pair is read across character boundaries: the trail byte of
 * one character with the lead byte of the next. That yields a short run of rare
 * characters, kana, Greek letters and the like, until a trail byte in the ASCII
 * range (@, A–Z, a–z …) is read on its own and the decoder is back in step. A
 * run that reaches ASCII punctuation instead loses that character's trail byte,
 * shown as `?` or U+FFFD: hence the `??` and `?,` next to such runs.
 *
 * Re-encoding the run as GBK and decoding it again with one byte in front puts
 * the pairs back in step. Everything between the first and the last character
 * comes back exactly; the first character needs the lost lead byte and, when
 * the run ended at punctuation, the last one needs the lost trail byte. Those
 * two are chosen among everyday characters by how often they form a pair with
 * their neighbours elsewhere in the same file (the file itself is the language
 * model), then by how often they occur in it, then by general frequency. A
 * repair is kept only when the restored run is made of everyday characters,
 * the garbled one was not (or a lost-byte marker shows where it starts), and
 * the rest of the file does not speak against it.
 */
import type { VFile } from 'vfile';
import type { SourceLine } from '../model.ts';
import { fullFoldTable } from '../../search/fold-table.ts';
import { big5Level1, decodeGbk, encodeGbk, gb2312Level1, gbkBytesOf, gbkChar, isCommonChar, isHan } from './charsets.ts';
import { FREQUENT_CHARACTERS } from './frequent-chars.ts';

/** One repaired run, with its place in the source. */
export interface GbkRepair {
  /** 1-based source line. */
  line: number;
  /** 1-based column (in characters) where the replaced text started. */
  column: number;
  before: string;
  after: string;
  /**
   * 0–1. Lower when the first or last character had to be guessed without
   * support from the rest of the file.
   */
  confidence: number;
}

/**
 * What the file itself says about its language: counts of characters and
 * character pairs (to choose lost characters and rank repairs), and its script
 * (in Traditional text a Simplified-only character is as odd as a rare one, and
 * the other way round).
 */
interface Evidence {
  unigram: Map<string, number>;
  bigram: Map<string, number>;
  /** Everyday characters of the *other* script, odd in this file. */
  foreign: Set<string> | undefined;
}

function countPairs(text: string, into: Map<string, number>, unigram?: Map<string, number>): void {
  let prev = '';
  for (const ch of text) {
    unigram?.set(ch, (unigram.get(ch) ?? 0) + 1);
    if (prev) into.set(prev + ch, (into.get(prev + ch) ?? 0) + 1);
    prev = ch;
  }
}

function collectEvidence(lines: readonly SourceLine[]): Evidence {
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  for (const { text } of lines) countPairs(text, bigram, unigram);
  const gb = gb2312Level1();
  const big5 = big5Level1();
  let simplifiedOnly = 0;
  let traditionalOnly = 0;
  for (const [ch, n] of unigram) {
    const inGb = gb.has(ch);
    const inBig5 = big5.has(ch);
    if (inGb && !inBig5) simplifiedOnly += n;
    else if (inBig5 && !inGb) traditionalOnly += n;
  }
  let foreign: Set<string> | undefined;
  if (traditionalOnly >= 20 && traditionalOnly >= 4 * simplifiedOnly) foreign = difference(gb, big5);
  else if (simplifiedOnly >= 20 && simplifiedOnly >= 4 * traditionalOnly) foreign = difference(big5, gb);
  return { unigram, bigram, foreign };
}

function difference(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const ch of a) if (!b.has(ch)) out.add(ch);
  return out;
}

/** A character GBK writes as two bytes (what an out-of-step pair decodes to). */
function isDoubleByte(ch: string): boolean {
  const bytes = gbkBytesOf(ch);
  return bytes !== undefined && bytes.length === 2;
}

/** Out-of-step pairs look like this: double-byte, and not a character this file would use. */
function isGarbleLike(ch: string, evidence?: Evidence): boolean {
  return isDoubleByte(ch) && (!isCommonChar(ch) || evidence?.foreign?.has(ch) === true);
}

function isTrailRangeAscii(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x40 && code <= 0x7e;
}

/** Longest run tried, in characters: keeps a long line with many rare characters from costing n². */
const MAX_RUN = 120;

interface Choice {
  ch: string;
  /** Pairs with its neighbours found elsewhere in the file. */
  pairs: number;
  score: number;
}

let frequencyRank: Map<string, number> | undefined;

/** 0–3: how frequent a character is in Chinese generally (3: among the 300 most frequent). */
function frequencyTier(ch: string): number {
  if (!frequencyRank) {
    frequencyRank = new Map();
    [...FREQUENT_CHARACTERS].forEach((c, i) => frequencyRank!.set(c, i));
  }
  const rank = frequencyRank.get(ch) ?? frequencyRank.get(fullFoldTable()[ch] ?? ch);
  if (rank === undefined) return 0;
  return rank < 300 ? 3 : rank < 800 ? 2 : 1;
}

/** How often `pair` occurs in the file outside the line being repaired. */
function pairCount(pair: string, evidence: Evidence, own: Map<string, number>): number {
  return (evidence.bigram.get(pair) ?? 0) - (own.get(pair) ?? 0);
}

/**
 * The everyday character that best fits between `prev` and `next`, among those
 * `candidates` (lead/trail variations of one lost byte) produce.
 */
function chooseCharacter(
  candidates: string[],
  prev: string,
  next: string,
  evidence: Evidence,
  own: Map<string, number>,
): Choice | undefined {
  let best: Choice | undefined;
  for (const ch of candidates) {
    // Everyday characters and punctuation only (a run often ends inside 。or ,); never a space.
    if (!isCommonChar(ch) || ch === '\u3000' || evidence.foreign?.has(ch)) continue;
    const pairs = (prev ? pairCount(prev + ch, evidence, own) : 0) + (next ? pairCount(ch + next, evidence, own) : 0);
    // Pairs in this file decide; then use elsewhere in the file; then general frequency.
    const score = pairs * 100 + Math.min(10, evidence.unigram.get(ch) ?? 0) * 4 + frequencyTier(ch) * 5;
    if (!best || score > best.score) best = { ch, pairs, score };
  }
  return best;
}

interface Candidate {
  /** Index of the first replaced character (a consumed marker included). */
  from: number;
  /** Index after the last replaced character. */
  to: number;
  after: string;
  /** Characters restored exactly (not guessed). */
  exact: number;
  /** First/last characters chosen without any pair in the file to support them. */
  guessedWithoutSupport: number;
  /** Pairs (with one character of context each side) the file supports, after minus before. */
  gain: number;
}

/** Characters `lead` + any trail byte gives (the candidates for a lost trail byte). */
function rowCandidates(lead: number): string[] {
  const out: string[] = [];
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    const ch = gbkChar(lead, trail);
    if (ch) out.push(ch);
  }
  return out;
}

/** Characters any lead byte + `trail` gives (the candidates for a lost lead byte). */
function columnCandidates(trail: number): string[] {
  const out: string[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    const ch = gbkChar(lead, trail);
    if (ch) out.push(ch);
  }
  return out;
}

/** Number of adjacent pairs in `text` that occur elsewhere in the file. */
function supportedPairs(text: string, evidence: Evidence, own: Map<string, number>): number {
  const chars = [...text];
  let n = 0;
  for (let i = 1; i < chars.length; i++) if (pairCount(chars[i - 1]! + chars[i]!, evidence, own) > 0) n++;
  return n;
}

/** Can this `?` stand for a lost byte rather than end a question? (Not right after a word.) */
function isLostByteQuestionMark(chars: string[], index: number): boolean {
  if (chars[index] !== '?') return false;
  const before = chars[index - 1];
  return before === undefined || before === '?' || /[\s\p{P}]/u.test(before);
}

/**
 * Tries to restore the run chars[start, end) (all double-byte), with the given
 * reading of what follows it. Returns undefined unless the result is clean.
 */
function tryRestore(
  chars: string[],
  start: number,
  end: number,
  tail: 'resync' | 'marker' | 'lost',
  evidence: Evidence,
  own: Map<string, number>,
): Candidate | undefined {
  const spanBytes = encodeGbk(chars.slice(start, end).join(''));
  if (!spanBytes || spanBytes.length < 2) return undefined;
  let to = end;
  let bytes = spanBytes;
  if (tail === 'resync') {
    // The character after the run (ASCII, or € for 0x80) is the last character's trail byte.
    bytes = [...spanBytes, ...(gbkBytesOf(chars[end]!) ?? [])];
    to = end + 1;
  } else if (tail === 'marker') {
    to = end + 1;
  }
  // The lost lead byte goes in front; the bytes after the first are back in step.
  const inStep = bytes.slice(1);
  const needTrail = tail !== 'resync';
  const exactText = decodeGbk(needTrail ? inStep.slice(0, -1) : inStep);
  if (exactText === undefined) return undefined;
  const exact = [...exactText];
  // One garbled character between two lost-byte markers (客?簟� for 客戶。): nothing comes back exactly,
  // both characters are guessed, so both guesses must be pairs the file uses elsewhere.
  // (A ? right after a word counts here: with a marker on both sides of one odd character it is no question mark.)
  const bothGuessed = exact.length === 0 && end - start === 1 && tail === 'marker' && (chars[start - 1] === '\uFFFD' || chars[start - 1] === '?');
  if (exact.length === 0 && !bothGuessed) return undefined;
  const clean = (ch: string) => isCommonChar(ch) && !evidence.foreign?.has(ch);
  const commonExact = exact.filter(clean).length;
  // Clean means everyday characters throughout (one stray allowed in a long run: real text has rare words).
  if (exact.length <= 5 ? commonExact < exact.length : commonExact < exact.length - 1 || commonExact / exact.length < 0.85) {
    return undefined;
  }

  // Left: a marker right before the run stood for the lost lead byte.
  let from = start;
  if (chars[start - 1] === '\uFFFD' || isLostByteQuestionMark(chars, start - 1) || bothGuessed) from = start - 1;
  const prev = chars[from - 1] ?? '';
  const next = chars[to] ?? '';

  let last = '';
  let guessedWithoutSupport = 0;
  let firstChoice: Choice | undefined;
  if (bothGuessed) {
    // The lost lead byte's character, then the one whose trail byte went: the pair that the file supports best.
    const firsts = columnCandidates(bytes[0]!);
    let best: { first: Choice; last: Choice; pairs: number } | undefined;
    for (const first of firsts) {
      const head = chooseCharacter([first], prev, '', evidence, own);
      if (!head) continue;
      const tailChoice = chooseCharacter(rowCandidates(inStep[inStep.length - 1]!), first, next, evidence, own);
      if (!tailChoice) continue;
      const pairs = head.pairs + tailChoice.pairs;
      if (!best || pairs > best.pairs || (pairs === best.pairs && head.score + tailChoice.score > best.first.score + best.last.score)) best = { first: head, last: tailChoice, pairs };
    }
    // At the end of a line the lost character is most often the full stop: punctuation needs no pair there.
    const lineEndPunctuation = best !== undefined && next === '' && /\p{P}/u.test(best.last.ch);
    if (!best || best.first.pairs === 0 || (best.last.pairs === 0 && !lineEndPunctuation)) return undefined;
    firstChoice = best.first;
    last = best.last.ch;
  } else {
    if (needTrail) {
      const choice = chooseCharacter(rowCandidates(inStep[inStep.length - 1]!), exact[exact.length - 1]!, next, evidence, own);
      if (!choice) return undefined;
      last = choice.ch;
      if (choice.pairs === 0) guessedWithoutSupport++;
    }
    firstChoice = chooseCharacter(columnCandidates(bytes[0]!), prev, exact[0]!, evidence, own);
    if (!firstChoice) return undefined;
    if (firstChoice.pairs === 0) guessedWithoutSupport++;
  }
  const after = firstChoice.ch + exactText + last;
  const gain =
    supportedPairs(prev + after + next, evidence, own) -
    supportedPairs(prev + chars.slice(from, to).join('') + next, evidence, own);
  return { from, to, after, exact: exact.length, guessedWithoutSupport, gain };
}

/**
 * Finds the best-supported repair of an out-of-step run whose first odd
 * character is at `index`. With `anchored`, `index` follows a lost-byte marker:
 * the run starts exactly there and need not contain odd characters (a garble
 * can be made of everyday ones), but must then end the way a garble ends.
 */
function repairAt(
  chars: string[],
  index: number,
  evidence: Evidence,
  own: Map<string, number>,
  anchored = false,
): Candidate | undefined {
  let end = index;
  while (end < chars.length && isDoubleByte(chars[end]!)) end++;
  // Traditional text falls back in step within a few characters; a longer run is ordinary prose (or beyond help).
  if (end - index > MAX_RUN) return undefined;
  const following = chars[end];
  const tails: Array<'resync' | 'marker' | 'lost'> = [];
  if (isTrailRangeAscii(following) || following === '€') tails.push('resync');
  if (following === '\uFFFD' || (following === '?' && !isDoubleByte(chars[end + 1] ?? ''))) tails.push('marker');
  // A lone letter right after the run is its last trail byte, unless it starts a Latin word (KPI, Excel).
  const latinWord = isTrailRangeAscii(following) && /[A-Za-z0-9]/.test(chars[end + 1] ?? '');
  if (following !== '\uFFFD' && (!isTrailRangeAscii(following) || latinWord)) tails.push('lost');

  let best: Candidate | undefined;
  let bestScore = -Infinity;
  // The run may start a few characters before its first odd one: garbled pairs can look ordinary.
  for (let start = index; start >= (anchored ? index : Math.max(0, index - 3)); start--) {
    if (start < index && !isDoubleByte(chars[start]!)) break;
    const span = chars.slice(start, end);
    // Symbols (kana, Greek, bopomofo, box drawing) inside Chinese text are odder than a rare Han character.
    let odd = 0;
    let oddWeight = 0;
    for (const ch of span) {
      if (!isGarbleLike(ch, evidence)) continue;
      odd++;
      oddWeight += isHan(ch) ? 1 : 2;
    }
    const markerBefore = chars[start - 1] === '\uFFFD' || isLostByteQuestionMark(chars, start - 1);
    for (const tail of tails) {
      const candidate = tryRestore(chars, start, end, tail, evidence, own);
      if (!candidate) continue;
      const { gain } = candidate;
      const hasMarker = markerBefore || tail === 'marker';
      // Is this a garble at all? Odd characters, a lost-byte marker, or the rest of the file must say so;
      // and a guessed first or last character needs support from the file or a marker to lean on.
      if (gain < 0) continue;
      if (odd === 0) {
        // Everyday-looking run after a marker: only when it ends as a garble ends and restores cleanly.
        if (!anchored || !markerBefore || tail === 'lost' || candidate.exact < 2) continue;
      }
      if (odd / span.length < 0.4 && gain < 2 && !hasMarker) continue;
      if (!(oddWeight >= 2 || hasMarker || gain >= 2)) continue;
      if (!(gain >= 1 || candidate.guessedWithoutSupport === 0 || hasMarker)) continue;
      // Prefer what the rest of the file supports, then what is restored exactly rather than guessed.
      const score = gain * 4 + candidate.exact - candidate.guessedWithoutSupport - (tail === 'lost' ? 0.5 : 0);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * A lost lead byte whose trail byte is in the ASCII range leaves no odd
 * character at all: just a letter after the marker (`、?l理` for `、條理`).
 * Restored only when the file has the resulting pair elsewhere.
 */
function repairLoneLetter(chars: string[], index: number, evidence: Evidence, own: Map<string, number>): Candidate | undefined {
  const letter = chars[index + 1];
  const next = chars[index + 2];
  if (!isTrailRangeAscii(letter) || !/[A-Za-z]/.test(letter!) || next === undefined || !isHan(next)) return undefined;
  const prev = chars[index - 1] ?? '';
  const choice = chooseCharacter(columnCandidates(letter!.charCodeAt(0)), prev, next, evidence, own);
  if (!choice || choice.pairs === 0 || !isHan(choice.ch)) return undefined;
  return { from: index, to: index + 2, after: choice.ch, exact: 0, guessedWithoutSupport: 0, gain: 1 };
}

/**
 * Where a line still shows an out-of-step run after repair: a lost-byte marker
 * (`?`, U+FFFD) touching a character this file would not use. Returns the run
 * around it and its 1-based column, or undefined for a clean line.
 */
function unrepairedAt(text: string, evidence: Evidence): { text: string; column: number } | undefined {
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '?' && chars[i] !== '\uFFFD') continue;
    const odd = (ch: string | undefined) => ch !== undefined && isGarbleLike(ch, evidence);
    // A U+FFFD is a lost byte wherever it is; a ? only next to an odd character (otherwise it ends a question).
    if (chars[i] === '\uFFFD' || odd(chars[i - 1]) || odd(chars[i + 1])) {
      let from = i;
      let to = i + 1;
      while (from > 0 && (odd(chars[from - 1]) || chars[from - 1] === '?' || chars[from - 1] === '\uFFFD')) from--;
      while (to < chars.length && (odd(chars[to]) || chars[to] === '?' || chars[to] === '\uFFFD')) to++;
      return { text: chars.slice(from, to).join(''), column: from + 1 };
    }
  }
  return undefined;
}

/** Repairs the out-of-step runs in one line of text. */
function repairLine(text: string, evidence: Evidence): { text: string; repairs: Array<Omit<GbkRepair, 'line'>> } {
  const chars = [...text];
  const own = new Map<string, number>();
  countPairs(text, own);
  const repairs: Array<Omit<GbkRepair, 'line'>> = [];
  for (let i = 0; i < chars.length; i++) {
    let candidate: Candidate | undefined;
    if (isGarbleLike(chars[i]!, evidence)) candidate = repairAt(chars, i, evidence, own);
    else if (chars[i] === '\uFFFD' || isLostByteQuestionMark(chars, i)) {
      candidate = isDoubleByte(chars[i + 1] ?? '')
        ? repairAt(chars, i + 1, evidence, own, true)
        : repairLoneLetter(chars, i, evidence, own);
    }
    if (!candidate) continue;
    const before = chars.slice(candidate.from, candidate.to).join('');
    const after = [...candidate.after];
    repairs.push({
      column: candidate.from + 1,
      before,
      after: candidate.after,
      confidence: candidate.guessedWithoutSupport === 0 ? 0.9 : candidate.guessedWithoutSupport === 1 ? 0.7 : 0.5,
    });
    chars.splice(candidate.from, candidate.to - candidate.from, ...after);
    i = candidate.from + after.length - 1;
  }
  return { text: chars.join(''), repairs };
}

/**
 * Finds runs of out-of-step GBK characters in `lines` and restores them.
 * Returns new lines (unchanged ones are reused) and one record per repair;
 * with `file`, each repair is also reported there as a message.
 */
export function repairGbkShift(
  lines: readonly SourceLine[],
  file?: VFile,
): { lines: SourceLine[]; repairs: GbkRepair[] } {
  const repairs: GbkRepair[] = [];
  // Cheap test first: files without double-byte characters (or lost-byte marks) have nothing to repair.
  if (!lines.some((line) => /[^\x00-\x7f]/.test(line.text))) return { lines: [...lines], repairs };
  const evidence = collectEvidence(lines);
  const out = lines.map((line) => {
    if (![...line.text].some((ch) => isGarbleLike(ch, evidence) || ch === '?' || ch === '\uFFFD')) return line;
    const result = repairLine(line.text, evidence);
    const left = unrepairedAt(result.text, evidence);
    if (file && left) {
      file.message(`第 ${line.line} 行还有无法修复的错位乱码“${left.text}”(GBK 字节错位,缺少的字无法从上下文确定),请对照原文改正`, {
        place: { line: line.line, column: left.column },
        source: 'import:read',
        ruleId: 'gbk-unrepaired',
      });
    }
    if (result.repairs.length === 0) return line;
    for (const repair of result.repairs) {
      const record = { line: line.line, ...repair };
      repairs.push(record);
      if (file) {
        const message = file.message(
          `第 ${record.line} 行修复了错位乱码(GBK 字节错位):“${record.before}”→“${record.after}”` +
            (record.confidence < 0.9 ? ',首尾个别字为推测,请核对' : ''),
          { place: { line: record.line, column: record.column }, source: 'import:read', ruleId: 'gbk-shift' },
        );
        message.actual = record.before;
        message.expected = [record.after];
      }
    }
    return { ...line, text: result.text };
  });
  return { lines: out, repairs };
}
