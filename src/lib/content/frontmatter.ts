/**
 * Reads the YAML frontmatter of a Markdown/MDX file while keeping track of
 * where each field stands, so problems can name a line.
 *
 * Uses the YAML 1.2 core schema: dates stay strings, so an impossible date
 * such as 2026-09-31 reaches the schema as written instead of silently
 * becoming 1 October (which is what a YAML 1.1 reader does).
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Frontmatter {
  data: unknown;
  /** Line (1-based) where the frontmatter starts; the opening `---`. */
  startLine: number;
  /** Line (1-based) of the first body line after the closing `---`. */
  bodyStartLine: number;
  body: string;
  /** Line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly (string | number)[]): number;
  /** YAML syntax errors, with lines, explained in Chinese. */
  syntaxErrors: { line: number; message: string }[];
}

/** Plain-words explanations of the YAML errors authors actually make. */
const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: '同一个字段写了两次,请删掉其中一个',
  TAB_AS_INDENT: '缩进里用了 Tab 键,请改用空格',
  BAD_INDENT: '缩进不一致:同一层的字段要对齐,下一层要多缩进两个空格',
  MISSING_CHAR: '缺少配对的符号,例如引号、方括号或花括号没有闭合',
  MULTILINE_IMPLICIT_KEY: '字段名后缺少冒号,或者上一行的引号没有闭合',
  BLOCK_AS_IMPLICIT_KEY: '字段名后缺少冒号,或者冒号后缺少空格',
  UNEXPECTED_TOKEN: '出现了意外的符号,请检查冒号、引号和缩进',
  BAD_SCALAR_START: '这个值以特殊符号开头(如 @ ` % *),请给整个值加上引号',
};

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
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Line numbers inside the YAML are offset by the opening `---` line.
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1;

  const lineOf = (path: readonly (string | number)[]): number => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? toFileLine((node as Node).range![0]) : 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value ?? item.key) === String(key));
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) line = toFileLine(keyNode.range[0]);
        node = pair.value;
        if (!isMap(node) && !isSeq(node) && (node as Node | null)?.range) line = toFileLine((node as Node).range![0]);
      } else if (isSeq(node) && /^\d+$/.test(String(key))) {
        const item = (node as { items: unknown[] }).items[Number(key)] as Node | undefined;
        if (!item) break;
        if (item.range) line = toFileLine(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };

  return {
    data: doc.errors.length ? undefined : (doc.toJS() ?? {}),
    startLine: 1,
    bodyStartLine: yamlLines + 3,
    body: afterClose,
    lineOf,
    syntaxErrors: doc.errors.map((error) => ({
      line: toFileLine(error.pos[0]),
      message: YAML_ERRORS[error.code] ?? `格式有误(${error.message.split('\n')[0]})`,
    })),
  };
}
