/**
 * The handbook checker: reads every content file, validates it against its
 * collection's schema, then checks what no single file can: unique ids,
 * references between entries, reporting lines without loops, and the
 * lifecycle rules (successors, review dates, drafts).
 *
 * Used before every build (see `src/integrations/handbook-check.ts`), by
 * `npm run check`, and by the scripts that read the handbook.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTION_LABELS, COLLECTIONS, schemas, type CollectionName } from '../schemas/index.ts';
import { buildDate } from '../handbook/build-date.ts';
import { closest } from './closest.ts';
import { checkLifecycle } from './lifecycle.ts';
import { readFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { referencesOf } from './references.ts';

export interface LoadedEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** Path relative to the working directory (or the `root` option). */
  file: string;
  data: z.output<(typeof schemas)[C]>;
  body: string;
  bodyStartLine: number;
}

export interface HandbookCheck {
  entries: LoadedEntry[];
  problems: Problem[];
}

const CONTENT_FILE = /\.mdx?$/i;
const FILE_SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

/** Every Markdown/MDX file below `dir`, sorted, as paths relative to `dir` (files and folders starting with `_` or `.` left out). */
export function listContentFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return names
    .map((name) => name.split('\\').join('/'))
    .filter((name) => CONTENT_FILE.test(name) && !name.split('/').some((part) => part.startsWith('_') || part.startsWith('.')))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

/** The entry id Astro's glob loader gives a file: its path without extension, lower-cased. */
export function idFromPath(relativePath: string): string {
  return relativePath.replace(CONTENT_FILE, '').toLowerCase();
}

/** Zod issue → people's words; a missing required field gets its own message. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return '缺少这个必填项';
  if (issue.code === 'unrecognized_keys') return `不认识的字段:${issue.keys.join('、')}(请检查拼写)`;
  return issue.message;
}

/**
 * Checks the handbook under `contentDir` (one sub-folder per collection).
 * Never throws on bad content: every problem is returned, with file and line.
 */
export function checkHandbook(contentDir: string, options: { root?: string; today?: string } = {}): HandbookCheck {
  const root = options.root ?? process.cwd();
  const problems: Problem[] = [];
  const entries: LoadedEntry[] = [];
  const filesById = new Map<string, string[]>();
  const lineLookups = new Map<string, (path: readonly (string | number)[]) => number>();

  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection);
    for (const name of listContentFiles(dir)) {
      const path = join(dir, name);
      const file = relative(root, path) || path;
      const id = idFromPath(name);
      const badSegment = name.replace(CONTENT_FILE, '').split('/').find((part) => !FILE_SEGMENT.test(part));
      if (badSegment !== undefined) {
        problems.push({
          file, severity: 'error', field: 'file',
          message: `文件名“${badSegment}”只能用小写英文字母、数字和连字符(例如 yunying-jingli.mdx),因为它就是网址和引用编号`,
        });
        continue;
      }
      const key = `${collection}/${id}`;
      filesById.set(key, [...(filesById.get(key) ?? []), file]);

      const frontmatter = readFrontmatter(readFileSync(path, 'utf8'));
      if (!frontmatter) {
        problems.push({ file, line: 1, severity: 'error', message: '文件开头缺少用 --- 包围的基本信息(frontmatter)' });
        continue;
      }
      if (frontmatter.syntaxErrors.length) {
        for (const error of frontmatter.syntaxErrors) {
          problems.push({
            file, line: error.line, severity: 'error',
            message: `开头基本信息(YAML)的写法有误:${error.message}`,
          });
        }
        continue;
      }
      lineLookups.set(file, frontmatter.lineOf);
      const result = schemas[collection].safeParse(frontmatter.data ?? {}, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({
            file, severity: 'error', line: frontmatter.lineOf(issue.path as (string | number)[]),
            field: issue.path.join('.') || undefined, message: issueMessage(issue),
          });
        }
        continue;
      }
      entries.push({
        collection, id, file, data: result.data as LoadedEntry['data'],
        body: frontmatter.body, bodyStartLine: frontmatter.bodyStartLine,
      });
    }
  }

  for (const [key, files] of filesById) {
    if (files.length < 2) continue;
    for (const file of files) {
      problems.push({
        file, line: 1, severity: 'error', field: 'id',
        message: `编号“${key.split('/').slice(1).join('/')}”重复:${files.filter((f) => f !== file).join('、')} 也用了它。请给其中一个文件改名`,
      });
    }
  }

  problems.push(
    ...checkReferences(entries, filesById.keys(), lineLookups),
    ...checkUniqueCodes(entries, lineLookups),
    ...checkLoops(entries, lineLookups),
    ...checkLifecycle(entries, (file, path) => lineLookups.get(file)?.(path), options.today ?? buildDate()),
  );
  return { entries, problems };
}

type LineLookups = Map<string, (path: readonly (string | number)[]) => number>;

/**
 * Every reference must name an existing file. A file that exists but has
 * errors of its own still counts as existing, so one mistake is reported once.
 */
function checkReferences(entries: readonly LoadedEntry[], existing: Iterable<string>, lines: LineLookups): Problem[] {
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  for (const key of existing) {
    const [collection, ...rest] = key.split('/');
    ids.get(collection as CollectionName)!.add(rest.join('/'));
  }
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const ref of referencesOf(entry.collection, entry.data as Record<string, any>)) {
      const known = ids.get(ref.target)!;
      if (known.has(ref.id)) continue;
      if (ref.target === entry.collection && ref.id === entry.id && ref.path[0] !== 'owner') continue;
      const guess = closest(ref.id, known);
      problems.push({
        file: entry.file, line: lines.get(entry.file)?.(ref.path), field: ref.path.join('.'), severity: 'error',
        message:
          `找不到${COLLECTION_LABELS[ref.target]}“${ref.id}”:content/${ref.target}/ 下没有这个文件` +
          (guess ? `。是不是“${guess}”?` : ''),
      });
    }
  }
  return problems;
}

function checkUniqueCodes(entries: readonly LoadedEntry[], lines: LineLookups): Problem[] {
  const byCode = new Map<string, LoadedEntry[]>();
  for (const entry of entries) {
    if (entry.collection !== 'roles') continue;
    const code = (entry.data as { code?: string }).code;
    if (code) byCode.set(code, [...(byCode.get(code) ?? []), entry]);
  }
  return [...byCode].filter(([, same]) => same.length > 1).flatMap(([code, same]) =>
    same.map((entry) => ({
      file: entry.file, line: lines.get(entry.file)?.(['code']), field: 'code', severity: 'error' as const,
      message: `岗位编号“${code}”重复:${same.filter((e) => e !== entry).map((e) => e.file).join('、')} 也用了它`,
    })),
  );
}

/** Reporting lines (reportsTo) and department trees (parent) must not loop. */
function checkLoops(entries: readonly LoadedEntry[], lines: LineLookups): Problem[] {
  const problems: Problem[] = [];
  const check = (collection: CollectionName, field: string, label: string) => {
    const next = new Map<string, string | undefined>();
    const byId = new Map<string, LoadedEntry>();
    for (const entry of entries) {
      if (entry.collection !== collection) continue;
      next.set(entry.id, (entry.data as unknown as Record<string, string | undefined>)[field]);
      byId.set(entry.id, entry);
    }
    for (const [start] of next) {
      const seen: string[] = [];
      let current: string | undefined = start;
      while (current !== undefined && next.has(current) && !seen.includes(current)) {
        seen.push(current);
        current = next.get(current);
      }
      if (current === start) {
        const entry = byId.get(start)!;
        problems.push({
          file: entry.file, line: lines.get(entry.file)?.([field]), field, severity: 'error',
          message: `${label}形成了循环:${[...seen, start].join(' → ')}`,
        });
      }
    }
  };
  check('roles', 'reportsTo', '汇报关系');
  check('departments', 'parent', '上级部门');
  return problems;
}
