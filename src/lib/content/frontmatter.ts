/**
 * Reads the YAML frontmatter of a Markdown/MDX file while keeping track of
 * where each field stands, so problems can name a line (see `yaml-text.ts`).
 */
import { parseYamlText, type YamlText } from './yaml-text.ts';

export interface Frontmatter extends YamlText {
  /** Line (1-based) where the frontmatter starts; the opening `---`. */
  startLine: number;
  /** Line (1-based) of the closing `---`. */
  endLine: number;
  /** Line (1-based) of the first body line after the closing `---`. */
  bodyStartLine: number;
  body: string;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/** Splits `source` into frontmatter and body and parses the frontmatter. Returns null when there is none. */
export function readFrontmatter(source: string): Frontmatter | null {
  const open = OPEN.exec(source);
  if (!open) return null;
  const rest = source.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) return null;
  const yamlText = rest.slice(0, close.index);
  const yamlLines = yamlText.split('\n').length - 1;
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  // Line numbers inside the YAML are offset by the opening `---` line.
  const yaml = parseYamlText(yamlText, 2);
  return {
    ...yaml,
    startLine: 1,
    endLine: yamlLines + 2,
    bodyStartLine: yamlLines + 3,
    body: afterClose,
  };
}
