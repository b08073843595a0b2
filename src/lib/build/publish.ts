/**
 * Atomic publishing of a built site.
 *
 * A build writes into a fresh staging folder beside the output folder; only
 * when pages *and* search index are complete is the staging folder renamed
 * into place. A build that fails or is interrupted leaves the last good site
 * as it was. Staging and retired folders sit in the same parent, so every
 * move is a rename on one file system.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isOwnSite, SITE_STAMP, siteStamp } from './output-folder.ts';

/**
 * File beside a staging folder naming the process that writes it. Beside, not
 * inside: Astro empties its output folder when it starts, which would delete
 * a mark kept inside, and with it the proof that the folder may be removed.
 */
const MARK_SUFFIX = '.owner.json';
const markOf = (staging: string) => `${staging}${MARK_SUFFIX}`;

/** Names of this tool's staging and retired folders beside `<name>`. */
const stagingPrefix = (name: string) => `.${name}.building-`;
const retiredPrefix = (name: string) => `.${name}.old-`;

/** A unique suffix: the process id keeps concurrent builds apart, the time and counter keep one process's builds apart. */
let counter = 0;
const suffix = () => `${process.pid}-${Date.now().toString(36)}-${counter++}`;

/** Whether the process that made a staging folder is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes staging folders that builds killed before they could clean up left
 * beside `outDir`. Only folders carrying this tool's mark, written by a
 * process that no longer runs, are removed.
 */
export function removeStaleStaging(outDir: string): string[] {
  const parent = dirname(resolve(outDir));
  const name = basename(resolve(outDir));
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return removed;
  }
  for (const entry of names) {
    const path = join(parent, entry);
    if (entry.startsWith(retiredPrefix(name)) && existsSync(join(path, SITE_STAMP))) {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
      continue;
    }
    if (!entry.startsWith(stagingPrefix(name)) || !entry.endsWith(MARK_SUFFIX)) continue;
    const staging = path.slice(0, -MARK_SUFFIX.length);
    try {
      const mark = JSON.parse(readFileSync(path, 'utf8')) as { pid?: number };
      if (typeof mark.pid === 'number' && !alive(mark.pid)) {
        rmSync(staging, { recursive: true, force: true });
        rmSync(path, { force: true });
        removed.push(staging);
      }
    } catch {
      // Not a mark this tool wrote: leave it alone.
    }
  }
  return removed;
}

/** Makes a new, empty staging folder beside `outDir` and returns its path. */
export function createStaging(outDir: string): string {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = join(dirname(target), `${stagingPrefix(basename(target))}${suffix()}`);
  mkdirSync(staging);
  writeFileSync(markOf(staging), JSON.stringify({ pid: process.pid, for: target }));
  return staging;
}

/** Whether `path` is a staging folder made by `createStaging`. */
export function isStaging(path: string): boolean {
  return basename(path).includes('.building-') && existsSync(markOf(path));
}

/**
 * Swaps a complete staging folder into `outDir`: stamps it, moves the old
 * site aside, renames the new one into place, then deletes the old one. If
 * the final rename fails the old site is put back.
 */
export function publishStaging(staging: string, outDir: string): void {
  const target = resolve(outDir);
  // Checked again here: files may have been put into the folder while the build ran.
  if (existsSync(target) && readdirSync(target).length > 0 && !isOwnSite(target)) {
    throw new Error(`${target} 在构建期间放进了别的文件,新网站没有替换它,留在 ${staging}`);
  }
  writeFileSync(join(staging, SITE_STAMP), siteStamp());
  let retired: string | undefined;
  if (existsSync(target)) {
    retired = join(dirname(target), `${retiredPrefix(basename(target))}${suffix()}`);
    renameSync(target, retired);
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    if (retired) renameSync(retired, target);
    throw error;
  }
  rmSync(markOf(staging), { force: true });
  if (retired) rmSync(retired, { recursive: true, force: true });
}

/** Deletes a staging folder (after a failed or interrupted build). Refuses anything that is not one. */
export function discardStaging(staging: string): void {
  if (!isStaging(staging)) return;
  rmSync(staging, { recursive: true, force: true });
  rmSync(markOf(staging), { force: true });
}
