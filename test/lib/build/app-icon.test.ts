import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { appIconFiles, appIconPng } from '../../../src/lib/build/app-icon.ts';

/** Decodes the PNGs appIconPng writes (one IDAT, RGB, filter 0 on every row). */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.set(png.toString('ascii', at + 4, at + 8), png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const header = chunks.get('IHDR')!;
  const width = header.readUInt32BE(0);
  expect(header.readUInt32BE(4)).toBe(width);
  expect([...header.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  expect(chunks.has('IEND')).toBe(true);
  const raw = inflateSync(chunks.get('IDAT')!);
  expect(raw.length).toBe((width * 3 + 1) * width);
  const pixel = (x: number, y: number) => `#${raw.subarray(y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 4 + x * 3).toString('hex')}`;
  return { width, pixel };
}

describe('appIconPng', () => {
  it('draws the open book on the accent colour at the requested size', () => {
    const { width, pixel } = decode(appIconPng(192));
    expect(width).toBe(192);
    expect(pixel(2, 2)).toBe('#0b5f8a');
    // Left page white, right page light blue, a text line on the left page (canvas 196,168 → px 73,63).
    expect(pixel(60, 110)).toBe('#ffffff');
    expect(pixel(130, 110)).toBe('#e3f0f7');
    expect(pixel(73, 63)).toBe('#0b5f8a');
  });

  it('keeps a maskable icon inside the safe zone', () => {
    const { pixel } = decode(appIconPng(512, 0.7));
    // The left page's corner (136,120) moves to 77+136*0.7, 77+120*0.7 ≈ (172,161); outside the book is accent.
    expect(pixel(165, 300)).toBe('#0b5f8a');
    expect(pixel(180, 300)).toBe('#ffffff');
    expect(decode(appIconPng(512)).pixel(140, 300)).toBe('#ffffff');
  });

  it('provides the sizes the manifest and iPhones ask for', () => {
    const sizes = Object.fromEntries(Object.entries(appIconFiles()).map(([name, png]) => [name, decode(png).width]));
    expect(sizes).toEqual({ 'icon-192.png': 192, 'icon-512.png': 512, 'icon-maskable-512.png': 512, 'apple-touch-icon.png': 180 });
  });
});
