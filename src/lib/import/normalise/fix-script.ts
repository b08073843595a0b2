/**
 * Stage 6a: keep each document's script. Traditional files converted
 * character by character keep stray Simplified characters (并 后 于 范 干 里 么);
 * OpenCC converts the text in context (phrase-aware, so 后 becomes 後 but
 * 皇后 stays), and a change is kept only for a character that OpenCC also
 * converts when it stands alone: 周, 面 or 群 are Traditional characters too
 * and are left as written.
 */
import * as OpenCC from 'opencc-js';
import { scriptCounts } from '../text/script.ts';

let convert: ((text: string) => string) | undefined;
let regional: Array<(text: string) => string> | undefined;
/** Simplified → standard Traditional (OpenCC `t`): no regional variant swaps such as 戶 → 户. */
function toTraditional(text: string): string {
  convert ??= OpenCC.Converter({ from: 'cn', to: 't' });
  return convert(text);
}

/** Replaces stray Simplified characters in Traditional text; returns the text and what changed. */
export function fixStraySimplified(text: string): { text: string; fixed: Array<{ from: string; to: string }> } {
  const converted = toTraditional(text);
  const original = [...text];
  const candidate = [...converted];
  // OpenCC maps character for character here; if lengths differ, leave the text alone.
  if (original.length !== candidate.length) return { text, fixed: [] };
  const fixed: Array<{ from: string; to: string }> = [];
  const out = original.map((char, i) => {
    const to = candidate[i]!;
    if (to !== char && convertsAlone(char)) {
      fixed.push({ from: char, to });
      return to;
    }
    return char;
  });
  return { text: out.join(''), fixed };
}

const alone = new Map<string, boolean>();
function convertsAlone(char: string): boolean {
  let converts = alone.get(char);
  // A character that is itself Traditional (戶, 說) is never a stray.
  // 群, 吃 or 周 are also correct Traditional in Taiwan or Hong Kong usage: only
  // characters every Traditional standard replaces are strays.
  regional ??= [OpenCC.Converter({ from: 'cn', to: 'hk' }), OpenCC.Converter({ from: 'cn', to: 'tw' })];
  if (converts === undefined) {
    converts = scriptCounts(char).traditional === 0 && toTraditional(char) !== char && regional.every((to) => to(char) !== char);
    alone.set(char, converts);
  }
  return converts;
}
