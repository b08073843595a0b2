/**
 * Parses a YAML text while keeping track of where each value stands, so
 * problems can name a line, and refuses texts that would exhaust memory.
 *
 * Shared by the frontmatter of content files and by `content/site.yaml`.
 * Uses the YAML 1.2 core schema: dates stay strings, so an impossible date
 * such as 2026-09-31 reaches the schema as written instead of silently
 * becoming 1 October (which is what a YAML 1.1 reader does).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * Most aliases (`*name`) a text may resolve. Real handbook files use none;
 * the limit stops a "billion laughs" text, whose nested aliases would expand
 * to gigabytes, before it is expanded.
 */
export const MAX_ALIASES = 100;

export interface YamlText {
  /** The parsed value; undefined when there are syntax errors. */
  data: unknown;
  /** File line (1-based) of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly (string | number)[]): number;
  /** Field path of the innermost value that covers a file line, e.g. ['kpis', 1, 'name']. */
  pathAtLine(line: number): (string | number)[];
  /** Syntax errors (and a refused alias bomb), with file lines, explained in Chinese. */
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
  BAD_ALIAS: '引用(*名称)找不到对应的锚点(&名称)',
};

const ALIAS_BOMB = `用了太多引用(& 锚点和 * 别名,超过 ${MAX_ALIASES} 次展开),这种写法会让构建耗尽内存,已拒绝。请直接写出内容,不要用 & 和 *`;

/** 1-based line of `text` where a value opens with `quote` and the line does not close it. */
function unclosedQuoteLine(text: string, quote: string): number | undefined {
  const open = quote === '"' ? /(^|[:,[{-]\s*)"([^"\\]|\\.)*$/ : /(^|[:,[{-]\s*)'([^']|'')*$/;
  const index = text.split('\n').findIndex((line) => open.test(line.replace(/\s+#.*$/, '')));
  return index < 0 ? undefined : index + 1;
}

/**
 * Parses `text`, whose first line is line `firstLine` of its file.
 * Never throws on bad input: problems come back in `syntaxErrors`.
 */
export function parseYamlText(text: string, firstLine = 1): YamlText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const syntaxErrors = doc.errors.map((error) => {
    const line = toFileLine(error.pos[0]);
    // An unclosed quote is noticed only at the end of the text; point at the line that opens it.
    const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
    const opening = quote ? unclosedQuoteLine(text, quote) : undefined;
    if (opening !== undefined) return { line: opening + firstLine - 1, message: `这一行的${quote === '"' ? '双' : '单'}引号没有闭合:请在值的末尾补上 ${quote}` };
    return { line, message: YAML_ERRORS[error.code] ?? `格式有误(${error.message.split('\n')[0]})` };
  });

  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
    } catch (error) {
      // yaml throws a ReferenceError when the alias limit is hit; anything else is unexpected.
      if (!(error instanceof ReferenceError)) throw error;
      const firstAlias = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(text);
      syntaxErrors.push({ line: toFileLine(firstAlias ? firstAlias.index : 0), message: ALIAS_BOMB });
    }
  }

  const lineOf = (path: readonly (string | number)[]): number => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? toFileLine((node as Node).range![0]) : firstLine;
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

  const pathAtLine = (line: number): (string | number)[] => {
    const covers = (node: unknown) => {
      const range = (node as Node | null)?.range;
      return Boolean(range) && toFileLine(range![0]) <= line && line <= toFileLine(Math.max(range![0], range![1] - 1));
    };
    const path: (string | number)[] = [];
    let node: unknown = doc.contents;
    for (;;) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && (covers(item.key) || covers(item.value)));
        if (!pair) break;
        path.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
        node = pair.value;
      } else if (isSeq(node)) {
        const index = node.items.findIndex((item) => covers(item));
        if (index < 0) break;
        path.push(index);
        node = node.items[index];
      } else break;
    }
    return path;
  };

  return { data, lineOf, pathAtLine, syntaxErrors };
}
