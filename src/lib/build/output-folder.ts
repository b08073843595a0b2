/**
 * Which folders a build may write its site into.
 *
 * Astro empties its output folder before writing, so a mistyped
 * `HANDBOOK_OUT_DIR` (the home folder, the project, the content folder) would
 * delete a person's files. A build only ever replaces a folder that is empty,
 * missing, or stamped as this tool's own output.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { isInside } from '../content/content-files.ts';

/** File every finished site carries, so a later build knows the folder is its own to replace. */
export const SITE_STAMP = '.handbook-site.json';

/** What the stamp file says. */
export interface SiteStamp {
  generator: 'ops-handbook';
  builtAt: string;
}

export interface OutputFolderContext {
  /** The project folder (holds package.json, src/, public/). */
  projectRoot: string;
  /** The content folder the build reads. */
  contentDir: string;
  /** The user's home folder (default: os.homedir()). */
  home?: string;
}

/** Why a folder may not be written, in words for the person running the build. */
export interface OutputFolderRefusal {
  folder: string;
  reason: string;
}

/** The stamp written into every finished site. */
export function siteStamp(now = new Date()): string {
  const stamp: SiteStamp = { generator: 'ops-handbook', builtAt: now.toISOString() };
  return `${JSON.stringify(stamp, null, 2)}\n`;
}

/** Whether `folder` holds a stamp written by this tool. */
export function isOwnSite(folder: string): boolean {
  try {
    const stamp = JSON.parse(readFileSync(join(folder, SITE_STAMP), 'utf8')) as Partial<SiteStamp>;
    return stamp.generator === 'ops-handbook';
  } catch {
    return false;
  }
}

/** The path with symlinks resolved as far as it exists (a folder not made yet keeps its own name). */
function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  return join(realPath(parent), parse(absolute).base);
}

/** `inner` is `outer` or lies below it (the content checker's test, which also knows Windows drives and `..name` folders). */
const isWithin = (inner: string, outer: string): boolean => isInside(outer, inner);

/**
 * Checks an output folder before anything is written. Returns why it is
 * refused, or undefined when the build may replace it: it is missing, empty,
 * or a site this tool built before.
 */
export function refuseOutputFolder(folder: string, context: OutputFolderContext): OutputFolderRefusal | undefined {
  const target = realPath(folder);
  const refuse = (reason: string): OutputFolderRefusal => ({ folder: target, reason });
  const root = realPath(context.projectRoot);
  const content = realPath(context.contentDir);
  const home = realPath(context.home ?? homedir());

  if (parse(target).root === target) return refuse('这是磁盘的根目录');
  if (isWithin(home, target)) return refuse(target === home ? '这是你的主目录(home)' : '这个文件夹包含你的主目录(home)');
  if (isWithin(root, target)) return refuse(target === root ? '这是项目文件夹本身' : '这个文件夹包含整个项目');
  if (isWithin(content, target)) return refuse(target === content ? '这是手册的内容文件夹' : '这个文件夹包含手册的内容文件夹');
  for (const source of ['src', 'public', 'templates', 'scripts', 'test', 'node_modules']) {
    if (isWithin(target, join(root, source))) return refuse(`它在项目的 ${source}/ 文件夹里面`);
  }
  if (!existsSync(target)) return undefined;
  const info = lstatSync(target);
  if (!info.isDirectory() && !statSync(target).isDirectory()) return refuse('这不是文件夹,而是一个文件');
  const names = readdirSync(target);
  if (names.length === 0 || isOwnSite(target)) return undefined;
  const shown = names.slice(0, 3).join('、') + (names.length > 3 ? ` 等 ${names.length} 项` : '');
  return refuse(`这个文件夹不是空的(有 ${shown}),也不是本工具以前生成的网站(没有 ${SITE_STAMP} 标记)`);
}

/** How a refusal names the tool's output and the setting that chose the folder. */
export interface RefusalWording {
  /** What would have been written, e.g. 网站 or 评测结果. */
  output: string;
  /** The setting to change, e.g. HANDBOOK_OUT_DIR or --out. */
  setting: string;
  /** The default folder, as the person knows it. */
  defaultFolder: string;
}

const SITE_WORDING: RefusalWording = { output: '网站', setting: 'HANDBOOK_OUT_DIR', defaultFolder: '项目里的 dist/' };

/** The message printed when a folder is refused. */
export function formatRefusal(refusal: OutputFolderRefusal, wording: RefusalWording = SITE_WORDING): string {
  return [
    `不能把${wording.output}写到 ${refusal.folder}:${refusal.reason}。`,
    `写入前会先清空这个文件夹,为了不删除你的文件,已停止,什么都没有改动。`,
    `请把 ${wording.setting} 设为一个新的或空的文件夹(默认是${wording.defaultFolder})。`,
  ].join('\n');
}

/**
 * For tools that empty and refill a folder of their own (benchmarks): refuses
 * the folder like a build would, otherwise creates it if needed and stamps it
 * as this tool's, so later runs may empty it again.
 */
export function claimOutputFolder(folder: string, context: OutputFolderContext): OutputFolderRefusal | undefined {
  const refusal = refuseOutputFolder(folder, context);
  if (refusal) return refusal;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, SITE_STAMP), siteStamp());
  return undefined;
}
