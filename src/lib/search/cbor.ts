/**
 * A minimal CBOR decoder (RFC 8949, definite lengths: integers, strings,
 * arrays, maps, simple values) — enough to read Pagefind's index metadata at
 * build time. Throws on anything else.
 */
export function decodeCbor(bytes: Uint8Array, offset = 0): unknown {
  let at = offset;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++]!;
    if (info === 25) return (at += 2, view.getUint16(at - 2));
    if (info === 26) return (at += 4, view.getUint32(at - 4));
    if (info === 27) return (at += 8, Number(view.getBigUint64(at - 8)));
    throw new Error(`CBOR: indefinite or reserved length at byte ${at}`);
  };
  const text = new TextDecoder();
  const item = (): unknown => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22 || info === 23) return null;
      if (info === 25) return (at += 2, view.getFloat32(at - 2));
      if (info === 26) return (at += 4, view.getFloat32(at - 4));
      if (info === 27) return (at += 8, view.getFloat64(at - 8));
      throw new Error(`CBOR: unsupported simple value ${info}`);
    }
    const n = length(info);
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 2: return bytes.subarray(at, (at += n));
      case 3: return text.decode(bytes.subarray(at, (at += n)));
      case 4: return Array.from({ length: n }, item);
      case 5: return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
      default: return (item(), { tag: n });
    }
  };
  return item();
}
