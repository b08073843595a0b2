/**
 * Text as MDX that can only ever be text. Imported documents and report
 * drafts put other people's words into MDX files, and MDX runs code: an
 * `export`/`import` line is an ES module statement, `{…}` an expression and
 * `<…>` a JSX element. This is the one function that turns text into inert
 * MDX; everything that writes outside text into an MDX body goes through it.
 */

/** Characters escaped with a backslash wherever they are: MDX syntax (`{ } < >`), Markdown marks, references (`&`), escapes (`\`). */
const ALWAYS = /[\\{}<>*_`[\]~|&#]/g;

const LINE_START_ESM = /^((?:&#x(?:20|9);|[ \t])*)(import|export)/gm;
const defuseKeyword = (_: string, indent: string, keyword: string) => `${indent}&#x${keyword.charCodeAt(0).toString(16)};${keyword.slice(1)}`;

/**
 * Only the ESM part of {@link escapeMdxText}: `import`/`export` at the start of
 * a line written with a character reference, so MDX reads the line as text.
 * For writers that escape the other syntax themselves (the Word report reader).
 */
export function defuseEsm(text: string): string {
  return text.replace(LINE_START_ESM, defuseKeyword);
}

/**
 * Text as literal MDX: MDX and Markdown syntax characters backslash-escaped,
 * and at the start of every line (after any indentation) `import`/`export`
 * defused with a character reference (ESM is only recognised from a bare
 * keyword), list, heading-underline and numbered-list marks escaped, and
 * leading blanks kept as references so they stay text. Line breaks are kept.
 */
export function escapeMdxText(text: string): string {
  return text
    .replace(ALWAYS, (ch) => `\\${ch}`)
    .replace(/^[ \t]+/gm, (blanks) => [...blanks].map((ch) => (ch === '\t' ? '&#x9;' : '&#x20;')).join(''))
    .replace(LINE_START_ESM, defuseKeyword)
    .replace(/^((?:&#x(?:20|9);)*)([-+=])/gm, '$1\\$2')
    .replace(/^((?:&#x(?:20|9);)*)(\d{1,9})([.)])/gm, '$1$2\\$3');
}
