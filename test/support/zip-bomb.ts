/**
 * Zip bombs for tests and the benchmark: a .docx-shaped zip whose
 * word/document.xml inflates to `size` bytes of zeros from about size/1000
 * bytes. The deflate stream is one sync-flushed piece (a megabyte of zeros,
 * byte-aligned, not final) repeated, then an empty final block — so a 1 GiB
 * bomb is made in milliseconds without ever holding a gigabyte.
 */
import { constants, deflateRawSync } from 'node:zlib';

const MIB = 1024 * 1024;

/** A raw deflate stream inflating to `size` zero bytes (`size` a multiple of 1 MiB). */
export function zeroDeflate(size: number): Uint8Array {
  const piece = deflateRawSync(new Uint8Array(MIB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const count = Math.ceil(size / MIB);
  const out = new Uint8Array(piece.length * count + 2);
  for (let i = 0; i < count; i++) out.set(piece, i * piece.length);
  // An empty final block with fixed codes: BFINAL=1, BTYPE=01, end-of-block.
  out.set([0x03, 0x00], piece.length * count);
  return out;
}

interface Entry {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** Uncompressed size written in the headers (the truth, or a lie). */
  declared: number;
}

/** A zip of the given entries; sizes in the headers are whatever `declared` says (CRCs are left 0). */
export function zipWith(entries: readonly Entry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(8, entry.method, true);
    view.setUint32(18, entry.data.length, true);
    view.setUint32(22, entry.declared, true);
    view.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cview = new DataView(central.buffer);
    cview.setUint32(0, 0x02014b50, true);
    cview.setUint16(4, 20, true);
    cview.setUint16(6, 20, true);
    cview.setUint16(10, entry.method, true);
    cview.setUint32(20, entry.data.length, true);
    cview.setUint32(24, entry.declared, true);
    cview.setUint16(28, name.length, true);
    cview.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const eview = new DataView(end.buffer);
  eview.setUint32(0, 0x06054b50, true);
  eview.setUint16(8, entries.length, true);
  eview.setUint16(10, entries.length, true);
  eview.setUint32(12, centralSize, true);
  eview.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/**
 * A .docx-shaped zip bomb: word/document.xml inflates to `size` bytes.
 * `honest` headers declare that size; dishonest ones declare 1 KB.
 */
export function docxBomb(size: number, honest = true): Uint8Array {
  const types = new TextEncoder().encode(CONTENT_TYPES);
  return zipWith([
    { name: '[Content_Types].xml', data: types, method: 0, declared: types.length },
    { name: 'word/document.xml', data: zeroDeflate(size), method: 8, declared: honest ? Math.min(size, 0xfffffffe) : 1024 },
  ]);
}
