import { describe, expect, it } from 'vitest';
import { decodeCbor } from '../../../src/lib/search/cbor.ts';

describe('decodeCbor', () => {
  it('decodes integers, text, arrays and maps, from an offset', () => {
    // "xx" then [1, "完成", 500, {"a": -2}, true]
    const bytes = Uint8Array.from([0x78, 0x78, 0x85, 0x01, 0x66, ...new TextEncoder().encode('完成'), 0x19, 0x01, 0xf4, 0xa1, 0x61, 0x61, 0x21, 0xf5]);
    expect(decodeCbor(bytes, 2)).toEqual([1, '完成', 500, { a: -2 }, true]);
  });
  it('refuses indefinite lengths', () => {
    expect(() => decodeCbor(Uint8Array.from([0x9f, 0x01, 0xff]))).toThrow(/indefinite/);
  });
});
