/**
 * Guards against zip bombs in Office files (.docx): a file of a megabyte can
 * declare, or really hold, a gigabyte of XML once inflated, and mammoth (via
 * JSZip) would inflate all of it in memory.
 *
 * Two checks, cheapest first:
 * 1. the uncompressed sizes the zip's central directory declares are summed
 *    without inflating anything — an honest bomb is refused at once;
 * 2. every entry is then inflated as a stream with a running byte count that
 *    stops at the limit, because a hostile file can declare small sizes and
 *    still inflate to gigabytes. Chunks are counted and dropped, never kept.
 */
import { createInflateRaw } from 'node:zlib';

/** Default limit on the total uncompressed size of a .docx: 200 MB, far above any handbook document. */
export const DEFAULT_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

const MB = 1024 * 1024;

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared (may lie). */
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** Why a zip is refused, in Chinese, naming the file. */
export function zipTooLargeMessage(fileName: string, bytes: number, limit: number, declared: boolean): string {
  const amount = `${(bytes / MB).toFixed(1)} MB`;
  const what = declared ? `解压后声明大小为 ${amount}` : `解压到 ${amount} 时仍未结束`;
  return `“${fileName}”${what},超过 ${Math.round(limit / MB)} MB 上限,可能是恶意构造的压缩文件(压缩炸弹),已拒绝读取:请用 Word 打开后另存为新文件再导入`;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
/** A 64-bit little-endian size; above 2^53 it is reported as Infinity, which is over any limit anyway. */
const u64 = (b: Uint8Array, at: number) => {
  const high = u32(b, at + 4);
  return high >= 0x200000 ? Infinity : high * 2 ** 32 + u32(b, at);
};

/**
 * Entries of a zip's central directory, or undefined when the bytes hold no
 * readable central directory (not a zip, or truncated). ZIP64 sizes are read
 * from the entry's extra field.
 */
export function centralDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  // ZIP64: the classic record says 0xFFFF / 0xFFFFFFFF and a locator points at the ZIP64 record.
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === 0x07064b50) {
    const record = Number(u64(bytes, end - 20 + 8));
    if (record + 56 <= bytes.length && u32(bytes, record) === 0x06064b50) {
      count = Number(u64(bytes, record + 32));
      offset = Number(u64(bytes, record + 48));
    }
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return undefined;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    };
    // ZIP64 extra field (id 1): the sizes and offset that were 0xFFFFFFFF, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(bytes, x);
      const length = u16(bytes, x + 2);
      if (id === 1) {
        let field = x + 4;
        if (entry.size === 0xffffffff) (entry.size = u64(bytes, field)), (field += 8);
        if (entry.compressedSize === 0xffffffff) (entry.compressedSize = u64(bytes, field)), (field += 8);
        if (entry.offset === 0xffffffff) entry.offset = u64(bytes, field);
      }
      x += 4 + length;
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Result of {@link checkZipSize}: fine, or why the file is refused. */
export type ZipCheck = { ok: true; declared: number; inflated: number } | { ok: false; error: string; stage: 'declared' | 'inflated' | 'unreadable' };

/**
 * Inflates a raw deflate stream only to count its bytes, giving up once the
 * count passes `budget`. Native zlib, as a stream: chunks are dropped as they
 * come, so memory stays flat whatever the stream holds.
 */
function inflatedSize(data: Uint8Array, budget: number): Promise<{ bytes: number; over: boolean } | undefined> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let bytes = 0;
    let done = false;
    const finish = (value: { bytes: number; over: boolean } | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    inflater.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > budget) {
        finish({ bytes, over: true });
        inflater.destroy();
      }
    });
    inflater.on('end', () => finish({ bytes, over: false }));
    inflater.on('error', () => finish(undefined));
    inflater.end(data);
  });
}

/**
 * Checks the uncompressed sizes a zip declares in its central directory,
 * inflating nothing: refused when they add up to more than `limit`, or when
 * there is no readable central directory.
 */
export function checkDeclaredSize(bytes: Uint8Array, fileName: string, limit = DEFAULT_MAX_UNZIPPED_BYTES): ZipCheck & { entries?: ZipEntry[] } {
  const entries = centralDirectory(bytes);
  if (!entries) return { ok: false, error: 'unreadable', stage: 'unreadable' };
  const declared = entries.reduce((total, entry) => total + entry.size, 0);
  if (declared > limit) return { ok: false, error: zipTooLargeMessage(fileName, declared, limit, true), stage: 'declared' };
  return { ok: true, declared, inflated: 0, entries };
}

/**
 * Checks that a zip inflates to at most `limit` bytes in all: first by the
 * sizes declared in its central directory (nothing is inflated when they are
 * over the limit), then by inflating each entry as a stream and counting.
 * `fileName` is put in the message.
 */
export async function checkZipSize(bytes: Uint8Array, fileName: string, limit = DEFAULT_MAX_UNZIPPED_BYTES): Promise<ZipCheck> {
  const first = checkDeclaredSize(bytes, fileName, limit);
  if (!first.ok) return first;
  // The headers can lie: inflate for real, counting, and stop at the limit.
  let inflated = 0;
  for (const entry of first.entries!) {
    const at = entry.offset;
    if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return { ok: false, error: 'unreadable', stage: 'unreadable' };
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    // The central directory's compressed size is the one to trust (local headers may defer it to a data descriptor).
    const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
    if (entry.method === 0) inflated += data.length;
    else if (entry.method === 8) {
      const counted = await inflatedSize(data, limit - inflated);
      if (!counted) return { ok: false, error: 'unreadable', stage: 'unreadable' };
      inflated += counted.bytes;
    }
    if (inflated > limit) return { ok: false, error: zipTooLargeMessage(fileName, inflated, limit, false), stage: 'inflated' };
  }
  return { ok: true, declared: first.declared, inflated };
}
