/**
 * Writing a file so it appears whole or not at all: the data goes to a
 * temporary file in the same folder, which is then renamed (or hard-linked
 * when an existing file must not be replaced). When anything fails — a full
 * disk halfway through, a read-only folder — the temporary file is removed,
 * so no partial or stray files are left behind.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Error thrown by {@link writeFileAtomic} when the file exists and may not be replaced. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
}

/** The file-system calls the writer makes; tests pass stubs to simulate a full disk. */
export type WriterFs = Pick<typeof nodeFs, 'existsSync' | 'linkSync' | 'mkdirSync' | 'renameSync' | 'unlinkSync' | 'writeFileSync'>;

export interface AtomicWriteOptions {
  /** Replace an existing file (default: refuse with {@link FileExistsError}). */
  overwrite?: boolean;
  /** File-system functions to use (a test seam); Node's by default. */
  fs?: WriterFs;
}

/** Name of the temporary file for `path`: hidden, in the same folder, unique to this process. */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * Writes `data` to `path` atomically. Throws {@link FileExistsError} when the
 * file exists and `overwrite` is off, or the file system's error (ENOSPC,
 * EACCES …) after removing the temporary file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, { overwrite = false, fs = nodeFs }: AtomicWriteOptions = {}): void {
  fs.mkdirSync(dirname(path), { recursive: true });
  if (!overwrite && fs.existsSync(path)) throw new FileExistsError(path);
  const temp = temporaryPath(path);
  try {
    fs.writeFileSync(temp, data, { flag: 'wx' });
    if (overwrite) {
      fs.renameSync(temp, path);
      return;
    }
    try {
      // link fails when `path` appeared meanwhile: never replaces a file written by someone else.
      fs.linkSync(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
      throw error;
    }
    fs.unlinkSync(temp);
  } catch (error) {
    try {
      if (fs.existsSync(temp)) fs.unlinkSync(temp);
    } catch {
      // The original error is the one worth reporting.
    }
    throw error;
  }
}
