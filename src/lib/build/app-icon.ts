/**
 * The home-screen icon as PNG, drawn at build time: iPhones ignore SVG
 * icons ("添加到主屏幕" needs an apple-touch-icon PNG) and Android's install
 * prompt asks for 192 and 512 px PNGs. The picture is public/icon.svg's
 * (an open book on the accent colour), made of rectangles so that it can be
 * drawn without an image library.
 */
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

const ACCENT: Rgb = [0x0b, 0x5f, 0x8a];
const PAGE_LEFT: Rgb = [0xff, 0xff, 0xff];
const PAGE_RIGHT: Rgb = [0xe3, 0xf0, 0xf7];

/** Rectangles on a 512-unit canvas, painted in order: [x, y, width, height, colour]. */
const SHAPES: [number, number, number, number, Rgb][] = [
  [136, 120, 118, 272, PAGE_LEFT],
  [258, 120, 118, 272, PAGE_RIGHT],
  ...[168, 208, 248].flatMap((y): [number, number, number, number, Rgb][] => [
    [161, y - 7, 70, 14, ACCENT],
    [281, y - 7, 70, 14, ACCENT],
  ]),
];

/** One PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A square PNG icon of `size` px, full bleed (phones round or mask the
 * corners themselves). `inset` shrinks the book towards the centre, for
 * maskable icons whose edges may be cut off (0.7 keeps it in the safe zone).
 */
export function appIconPng(size: number, inset = 1): Buffer {
  const scale = (size / 512) * inset;
  const offset = (size - 512 * scale) / 2;
  const rowBytes = size * 3 + 1;
  const pixels = Buffer.alloc(rowBytes * size);
  for (let y = 0; y < size; y++) {
    pixels[y * rowBytes] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      // The pixel's centre in canvas units; the last shape containing it wins.
      const cx = (x + 0.5 - offset) / scale;
      const cy = (y + 0.5 - offset) / scale;
      let colour = ACCENT;
      for (const [sx, sy, w, h, c] of SHAPES) if (cx >= sx && cx < sx + w && cy >= sy && cy < sy + h) colour = c;
      pixels.set(colour, y * rowBytes + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/** The PNG icons the build writes into the site root: file name → image. */
export function appIconFiles(): Record<string, Buffer> {
  return {
    'icon-192.png': appIconPng(192),
    'icon-512.png': appIconPng(512),
    'icon-maskable-512.png': appIconPng(512, 0.7),
    'apple-touch-icon.png': appIconPng(180),
  };
}
