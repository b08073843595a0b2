/**
 * Command-line paths → the files to import. Folders are searched recursively
 * (sorted, hidden entries and node_modules skipped). A path that cannot be
 * imported gets a message for the user instead of stopping the run.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, normalize } from 'node:path';

/** Extensions the importer reads, lower case. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.text', '.md', '.docx', '.doc', '.pdf', '.html', '.htm'] as const;

/** A path that will not be imported, with the reason (Chinese, for the user). */
export interface InputProblem {
  path: string;
  message: string;
}

export interface CollectedInputs {
  /** Files to read, in order: command-line order, each folder's files sorted. */
  files: string[];
  /** Paths left out, each with its reason. */
  problems: InputProblem[];
}

/** Advice for formats people commonly try, by extension. */
const ADVICE: Record<string, string> = {
  '.wps': '请在 WPS 中另存为 .docx 后再导入',
  '.rtf': '请在 Word 中另存为 .docx 后再导入',
  '.xls': '表格文件不能直接导入:请把内容复制到 Word 另存为 .docx 后再导入',
  '.xlsx': '表格文件不能直接导入:请把内容复制到 Word 另存为 .docx 后再导入',
  '.et': '表格文件不能直接导入:请把内容复制到 Word 另存为 .docx 后再导入',
  '.ppt': '演示文稿不能直接导入:请把文字另存为 .docx 或 .txt 后再导入',
  '.pptx': '演示文稿不能直接导入:请把文字另存为 .docx 或 .txt 后再导入',
  '.mht': '请在浏览器中另存为“网页,仅 HTML”(.html)后再导入',
  '.mhtml': '请在浏览器中另存为“网页,仅 HTML”(.html)后再导入',
  '.zip': '请先解压,再导入其中的文件',
  '.rar': '请先解压,再导入其中的文件',
  '.7z': '请先解压,再导入其中的文件',
};

/** The user-facing message for a file whose type is not supported. */
export function unsupportedMessage(path: string): string {
  const ext = extname(path).toLowerCase();
  if (!ext) return '不支持的文件类型(没有扩展名):请另存为 .docx 或 .txt 后再导入';
  return `不支持的文件类型 ${ext}:${ADVICE[ext] ?? '请另存为 .docx 或 .txt 后再导入'}`;
}

/** True when the importer can read files with this path's extension. */
export function isSupported(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** Hidden files and folders, and tool folders nobody means to import. */
function isSkippedEntry(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Word and WPS keep a lock file `~$name.docx` beside an open document: never a document. */
function isOfficeLockFile(name: string): boolean {
  return name.startsWith('~$');
}

/** Code-unit order: the same on every machine, whatever its locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands command-line paths (files and folders) into the files to import.
 * Never throws: missing paths, unreadable folders and unsupported files are
 * listed in `problems`. A file reached twice is listed once.
 */
export async function collectInputs(paths: readonly string[]): Promise<CollectedInputs> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const visitedFolders = new Set<string>();

  const addFile = async (path: string, explicit: boolean) => {
    const name = basename(path);
    if (isOfficeLockFile(name)) {
      if (explicit) problems.push({ path, message: 'Word 临时文件(文件名以 ~$ 开头),不是文档:请导入原文件' });
      return;
    }
    if (!isSupported(path)) {
      problems.push({ path, message: unsupportedMessage(path) });
      return;
    }
    const real = await realpath(path).catch(() => path);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(path);
  };

  const walk = async (folder: string): Promise<number> => {
    const real = await realpath(folder).catch(() => folder);
    // A symbolic link back up the tree would otherwise loop forever.
    if (visitedFolders.has(real)) return 0;
    visitedFolders.add(real);
    let names: string[];
    try {
      names = (await readdir(folder)).sort(byName);
    } catch {
      problems.push({ path: folder, message: '无法读取这个文件夹:请检查权限' });
      return 0;
    }
    let found = 0;
    for (const name of names) {
      if (isSkippedEntry(name)) continue;
      const path = join(folder, name);
      const info = await stat(path).catch(() => undefined);
      if (!info) continue; // a broken link: nothing to read
      if (info.isDirectory()) found += await walk(path);
      else if (info.isFile()) {
        const before = files.length + problems.length;
        await addFile(path, false);
        found += files.length + problems.length - before;
      }
    }
    return found;
  };

  for (const raw of paths) {
    const path = normalize(raw);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        path: raw,
        message: code === 'EACCES' || code === 'EPERM' ? '没有权限读取这个路径' : '找不到这个文件或文件夹:请检查路径是否写对',
      });
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(path);
      if (found === 0) problems.push({ path: raw, message: '文件夹里没有可导入的文件(支持 .txt .docx .doc .pdf .html 等)' });
    } else if (info.isFile()) {
      await addFile(path, true);
    } else {
      problems.push({ path: raw, message: '这不是普通文件,无法导入' });
    }
  }
  return { files, problems };
}
