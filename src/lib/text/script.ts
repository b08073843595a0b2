/**
 * Conversion between Simplified and Traditional Chinese script (OpenCC).
 * Converters are built on first use: their dictionaries are large.
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;
let toSimplifiedConverter: Convert | undefined;
let toTraditionalConverter: Convert | undefined;

/** Traditional (Hong Kong or Taiwan usage) → Simplified, phrase-aware. */
export function toSimplified(text: string): string {
  toSimplifiedConverter ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplifiedConverter(text);
}

/** Simplified → Traditional (Hong Kong usage), phrase-aware. */
export function toTraditional(text: string): string {
  toTraditionalConverter ??= OpenCC.Converter({ from: 'cn', to: 'hk' });
  return toTraditionalConverter(text);
}

/** True for page languages written in Traditional script. */
export function isTraditional(lang: string | undefined): boolean {
  return lang === 'zh-HK' || lang === 'zh-TW' || lang === 'zh-Hant';
}

/** Text in the script of `lang`: UI labels on a Traditional page are shown in Traditional. */
export function inScriptOf(lang: string | undefined, text: string): string {
  return isTraditional(lang) ? toTraditional(text) : text;
}
