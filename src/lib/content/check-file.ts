/**
 * Everything that can be wrong inside one content file, found in one pass so
 * an author sees all of a file's problems at once: encoding, invisible
 * control characters, frontmatter syntax and schema, body syntax, the code
 * policy, and 待填写 left in a published entry.
 */
import { schemas, type CollectionName } from '../schemas/index.ts';
import { checkCodePolicy } from './code-policy.ts';
import { controlCharContentMessage, controlCharLines } from './control-chars.ts';
import { readFrontmatter } from './frontmatter.ts';
import { parseBody, type ParsedBody } from './mdx-body.ts';
import type { Problem } from './problems.ts';
import { unfilledBodyLines, unfilledFields, UNFILLED_FIELD_MESSAGE } from './unfilled.ts';
import { decodeUtf8, invalidUtf8Message } from './utf8.ts';
import { explainIssue } from './zod-issues.ts';

export interface FileCheckOptions {
  collection: CollectionName;
  /** True for `.mdx` (parsed as MDX), false for `.md` (plain Markdown). */
  mdx: boolean;
  /** `allowCode` of content/site.yaml. */
  allowCode: boolean;
}

export interface FileCheck {
  /** Problems, without the file name. */
  problems: Omit<Problem, 'file'>[];
  /** Line lookup of frontmatter fields, when the frontmatter could be read. */
  lineOf?: (path: readonly (string | number)[]) => number;
  /** The validated entry, when the frontmatter passed its schema. */
  entry?: { data: unknown; body: string; bodyStartLine: number };
}

/**
 * False when a body can hold no tag, expression, ESM line, script link or
 * 待填写, so parsing it could find nothing: most roles and procedures are plain
 * Markdown, and skipping their parse keeps the check fast at 10,000 entries.
 * Character references count, since Markdown decodes `&#106;avascript:` in links.
 */
export function mayNeedParsing(body: string): boolean {
  return /[<{]|^[ \t]*(import|export)\b|script:|data:|&#|&[a-z]+;|待填写/im.test(body);
}

/** Checks one content file given as bytes. */
export function checkFile(bytes: Uint8Array, options: FileCheckOptions): FileCheck {
  const problems: FileCheck['problems'] = [];
  const { text, badLines } = decodeUtf8(bytes);
  if (badLines.length) problems.push({ line: badLines[0], severity: 'error', message: invalidUtf8Message(badLines) });

  const frontmatter = readFrontmatter(text);
  for (const { line, char } of controlCharLines(text)) {
    const inFrontmatter = frontmatter && line <= frontmatter.endLine;
    const path = inFrontmatter ? frontmatter.pathAtLine(line) : [];
    const field = inFrontmatter ? (path.length ? path.join('.') : undefined) : 'body';
    problems.push({ line, field, severity: 'error', message: controlCharContentMessage(char) });
  }

  if (!frontmatter) {
    problems.push({ line: 1, severity: 'error', message: '文件开头缺少用 --- 包围的基本信息(frontmatter)' });
    return { problems };
  }
  for (const error of frontmatter.syntaxErrors) {
    problems.push({ line: error.line, severity: 'error', message: `开头基本信息(YAML)的写法有误:${error.message}` });
  }

  const body: ParsedBody = mayNeedParsing(frontmatter.body) ? parseBody(frontmatter.body, options.mdx) : {};
  const bodyLine = (line: number) => frontmatter.bodyStartLine + line - 1;
  if (body.error) problems.push({ line: bodyLine(body.error.line), field: 'body', severity: 'error', message: body.error.message });
  if (body.tree) {
    for (const issue of checkCodePolicy(body.tree, options)) {
      problems.push({ line: bodyLine(issue.line), field: 'body', severity: 'error', message: issue.message });
    }
  }
  if (frontmatter.syntaxErrors.length) return { problems };

  const result = schemas[options.collection].safeParse(frontmatter.data ?? {}, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        line: frontmatter.lineOf(issue.path as (string | number)[]), severity: 'error',
        field: issue.path.join('.') || undefined, message: explainIssue(issue, options.collection),
      });
    }
    return { problems, lineOf: frontmatter.lineOf };
  }

  if ((result.data as { status?: string }).status !== 'draft') {
    for (const path of unfilledFields(frontmatter.data)) {
      problems.push({ line: frontmatter.lineOf(path), field: path.join('.'), severity: 'error', message: UNFILLED_FIELD_MESSAGE });
    }
    for (const issue of body.tree ? unfilledBodyLines(body.tree) : []) {
      problems.push({ line: bodyLine(issue.line), field: 'body', severity: 'error', message: issue.message });
    }
  }
  return {
    problems,
    lineOf: frontmatter.lineOf,
    entry: { data: result.data, body: frontmatter.body, bodyStartLine: frontmatter.bodyStartLine },
  };
}
