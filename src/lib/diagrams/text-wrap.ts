/**
 * Wraps text for SVG boxes, which cannot wrap by themselves. Widths are in
 * em: an ideograph or full-width mark is 1em, Latin letters and digits ~0.55em.
 */

/** Approximate rendered width of one character, in em. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x2e80 || (code >= 0xff61 && code <= 0xffdc) ? 0.55 : 1;
}

/** Approximate rendered width of a string, in em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * Splits `text` into at most `maxLines` lines of at most `maxWidth` em; the
 * last line ends in `…` when text was cut.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const w = charWidth(char);
    if (width + w > maxWidth && line) {
      if (lines.length === maxLines - 1) {
        lines.push(`${[...line].slice(0, -1).join('')}…`);
        return lines;
      }
      lines.push(line);
      line = '';
      width = 0;
      if (char === ' ') continue;
    }
    line += char;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}
