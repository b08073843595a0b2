/**
 * Finding the content files of a collection folder, the way Astro's glob
 * loader will find them, and refusing symbolic links that lead out of the
 * content folder: the build would publish whatever file such a link names
 * (another project's text, a system file), without anyone having reviewed it.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Markdown and MDX files: the only files the collections load. */
export const CONTENT_FILE = /\.mdx?$/i;

/** A file or link under the folder that is refused, and why. */
export interface RefusedPath {
  /** Path relative to the listed folder, with `/`. */
  name: string;
  message: string;
}

export interface ContentListing {
  /** Content files, relative to the listed folder with `/`, sorted. */
  files: string[];
  refused: RefusedPath[];
}

/** True when `path` (a real path) is `root` or inside it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !/^[a-zA-Z]:/.test(rel) && !rel.startsWith(sep));
}

/**
 * Every Markdown/MDX file below `dir` (names starting with `_` or `.` left
 * out, as the glob loader does). Symbolic links are followed only when their
 * target lies inside `contentRoot`; others are listed in `refused`.
 */
export function walkContentFiles(dir: string, contentRoot: string = dir): ContentListing {
  const files: string[] = [];
  const refused: RefusedPath[] = [];
  let root: string;
  try {
    root = realpathSync(contentRoot);
  } catch {
    return { files, refused };
  }
  const seen = new Set<string>();
  const walk = (folder: string, prefix: string) => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch {
      return;
    }
    // A link to a parent folder would otherwise loop forever.
    if (seen.has(real)) return;
    seen.add(real);
    let names: import('node:fs').Dirent[];
    try {
      names = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of names) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      const name = prefix + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path);
          const stats = statSync(target);
          isDir = stats.isDirectory();
          isFile = stats.isFile();
        } catch {
          if (CONTENT_FILE.test(entry.name)) refused.push({ name, message: '这是一个快捷方式(符号链接),但它指向的文件不存在' });
          continue;
        }
        if (!isInside(root, target) && (isDir || CONTENT_FILE.test(entry.name))) {
          refused.push({
            name,
            message: `这是一个快捷方式(符号链接),指向内容文件夹以外的“${target}”。网站只发布内容文件夹里经过检查的文件,请把文件本身复制进来,或删除这个链接`,
          });
          continue;
        }
      }
      if (isDir) walk(path, `${name}/`);
      else if (isFile && CONTENT_FILE.test(entry.name)) files.push(name);
    }
  };
  walk(dir, '');
  files.sort();
  refused.sort((a, b) => a.name.localeCompare(b.name));
  return { files, refused };
}
