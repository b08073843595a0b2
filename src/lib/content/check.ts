/**
 * The handbook checker: reads every content file, validates it against its
 * collection's schema, then checks what no single file can: unique ids,
 * references between entries, reporting lines without loops, and the
 * lifecycle rules (successors, review dates, drafts).
 *
 * Used before every build (see `src/integrations/handbook-check.ts`), by
 * `npm run check`, and by the scripts that read the handbook.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, schemas, type CollectionName } from '../schemas/index.ts';
import { COLLECTION_LABELS, KINDS, type KindDefinition } from '../collections/index.ts';
import { buildDate } from '../handbook/build-date.ts';
import { checkFile } from './check-file.ts';
import { closest } from './closest.ts';
import { CONTENT_FILE, walkContentFiles } from './content-files.ts';
import { checkLifecycle } from './lifecycle.ts';
import type { Problem } from './problems.ts';
import { referencesOf } from '../collections/references.ts';

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

const FILE_SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

/** Every Markdown/MDX file below `dir`, sorted, as paths relative to `dir` (files and folders starting with `_` or `.` left out; links out of `dir` too). */
export function listContentFiles(dir: string): string[] {
  return walkContentFiles(dir).files;
}

/** The entry id Astro's glob loader gives a file: its path without extension, lower-cased. */
export function idFromPath(relativePath: string): string {
  return relativePath.replace(CONTENT_FILE, '').toLowerCase();
}

export interface CheckOptions {
  /** Paths in problems are relative to this folder (default: the working directory). */
  root?: string;
  /** "Today" for lifecycle rules, YYYY-MM-DD (default: the build date). */
  today?: string;
  /** `allowCode` of content/site.yaml: lifts the code rules of `code-policy.ts`. */
  allowCode?: boolean;
}

/**
 * Checks the handbook under `contentDir` (one sub-folder per collection).
 * Never throws on bad content: every problem is returned, with file and line,
 * all problems of a file together.
 */
export function checkHandbook(contentDir: string, options: CheckOptions = {}): HandbookCheck {
  const root = options.root ?? process.cwd();
  const problems: Problem[] = [];
  const entries: LoadedEntry[] = [];
  const filesById = new Map<string, string[]>();
  const lineLookups = new Map<string, (path: readonly (string | number)[]) => number>();
  const shown = (path: string) => relative(root, path) || path;

  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection);
    const listing = walkContentFiles(dir, contentDir);
    for (const refused of listing.refused) {
      problems.push({ file: shown(join(dir, refused.name)), severity: 'error', field: 'file', message: refused.message });
    }
    for (const name of listing.files) {
      const path = join(dir, name);
      const file = shown(path);
      const id = idFromPath(name);
      const segments = name.replace(CONTENT_FILE, '').split('/');
      // Pages of every kind not filed by year are /<collection>/<id>/: an id with a slash has no page.
      if (!(KINDS[collection] as KindDefinition).byYear && segments.length > 1) {
        problems.push({
          file, severity: 'error', field: 'file',
          message: `${COLLECTION_LABELS[collection]}文件要直接放在 content/${collection}/ 下,不能放进子文件夹“${segments.slice(0, -1).join('/')}/”(网址和引用编号就是文件名)。请把文件移到 content/${collection}/ 里;只有报告可以按年份分文件夹(content/reports/2026/)`,
        });
        continue;
      }
      const badSegment = segments.find((part) => !FILE_SEGMENT.test(part));
      if (badSegment !== undefined) {
        problems.push({
          file, severity: 'error', field: 'file',
          message: `文件名“${badSegment}”只能用小写英文字母、数字和连字符(例如 yunying-jingli.mdx),因为它就是网址和引用编号`,
        });
        continue;
      }
      const key = `${collection}/${id}`;
      filesById.set(key, [...(filesById.get(key) ?? []), file]);

      const checked = checkFile(readFileSync(path), { collection, mdx: /\.mdx$/i.test(name), allowCode: options.allowCode ?? false });
      problems.push(...checked.problems.map((problem) => ({ file, ...problem })));
      if (checked.lineOf) lineLookups.set(file, checked.lineOf);
      if (checked.entry) entries.push({ collection, id, file, ...checked.entry } as LoadedEntry);
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
