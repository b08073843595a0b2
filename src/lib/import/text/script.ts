/**
 * Which script a piece of text is written in, judged by the characters that
 * exist in only one of the two scripts (們 vs 们). Shared characters say
 * nothing, so short or ambiguous text defaults to Simplified.
 */
import { fullFoldTable } from '../../search/fold-table.ts';

let traditionalOnly: Set<string> | undefined;
let simplifiedOnly: Set<string> | undefined;

function sets(): [Set<string>, Set<string>] {
  if (!traditionalOnly || !simplifiedOnly) {
    const table = fullFoldTable();
    traditionalOnly = new Set(Object.keys(table).filter((char) => table[char] !== char));
    simplifiedOnly = new Set(Object.values(table).filter((char) => !traditionalOnly!.has(char)));
  }
  return [traditionalOnly, simplifiedOnly];
}

/** Counts of script-specific characters in `text`. */
export function scriptCounts(text: string): { traditional: number; simplified: number } {
  const [trad, simp] = sets();
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (trad.has(char)) traditional += 1;
    else if (simp.has(char)) simplified += 1;
  }
  return { traditional, simplified };
}

/** `zh-HK` when most script-specific characters are Traditional, else `zh-CN`. */
export function detectScript(text: string): 'zh-CN' | 'zh-HK' {
  const { traditional, simplified } = scriptCounts(text);
  return traditional > simplified ? 'zh-HK' : 'zh-CN';
}
