/**
 * Reads the word index chunks Pagefind writes (`pagefind/index/*.pf_index`),
 * so the browser can look words up itself instead of running Pagefind's
 * search. Pagefind's search scores and serialises every matching page
 * (about 20 µs a page: 30–120 ms for a two-character query matching 1,400
 * pages on a slow machine); this site ranks by where a term first occurs and
 * needs only that, which a plain lookup gives in a few milliseconds.
 *
 * A chunk, after gunzip, is the signature `pagefind_dcd` then CBOR:
 *   [ [ [word, [[pageDelta, [locDelta | -(weight + 1), …], metaLocs], …], extra], … ] ]
 * Words are sorted; page numbers (indexes into the site's page list) and
 * positions are delta-encoded; a negative location changes the weight of the
 * following ones (ignored here: every token of a record has the same weight).
 * The format is Pagefind's own and unversioned: `test/lib/search/index-chunk.test.ts`
 * builds a real index and reads it back, so a Pagefind upgrade that changes
 * it fails there, not in readers' browsers.
 */

/** The signature Pagefind puts before the data of its files (CBOR chunks and metadata, JSON fragments). */
export const SIGNATURE = 'pagefind_dcd';

/** Pages holding a word, in page order, with the word's positions on each. */
export interface Postings {
  pages: number[];
  /** Positions on each page, ascending. */
  positions: number[][];
}

/** A decoded chunk: its words, their postings decoded on first use. */
export interface IndexChunk {
  words: readonly string[];
  /** Postings of `word`, or undefined when the chunk does not hold it. */
  postings(word: string): Postings | undefined;
}

/** A cursor over CBOR data (definite lengths only, as Pagefind writes). */
class Cbor {
  at: number;
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  constructor(bytes: Uint8Array, at: number) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.at = at;
  }

  /** Reads a head: major type and argument. */
  head(): { major: number; value: number } {
    const byte = this.#bytes[this.at++];
    if (byte === undefined) throw new Error('search index chunk: data ends early');
    const major = byte >> 5;
    const info = byte & 31;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = this.#bytes[this.at++]!;
    else if (info === 25) (value = this.#view.getUint16(this.at), (this.at += 2));
    else if (info === 26) (value = this.#view.getUint32(this.at), (this.at += 4));
    else if (info === 27) (value = Number(this.#view.getBigUint64(this.at)), (this.at += 8));
    else throw new Error(`search index chunk: unsupported CBOR length at byte ${this.at - 1}`);
    return { major, value };
  }

  /** Length of an array (major type 4). */
  array(): number {
    const { major, value } = this.head();
    if (major !== 4) throw new Error(`search index chunk: expected an array at byte ${this.at}`);
    return value;
  }

  /** An integer (major type 0 or 1). */
  int(): number {
    const { major, value } = this.head();
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    throw new Error(`search index chunk: expected a number at byte ${this.at}`);
  }

  /** A text string (major type 3). */
  text(decoder: TextDecoder): string {
    const { major, value } = this.head();
    if (major !== 3) throw new Error(`search index chunk: expected a word at byte ${this.at}`);
    return decoder.decode(this.#bytes.subarray(this.at, (this.at += value)));
  }

  /** Skips one item, whatever it holds. */
  skip(): void {
    const { major, value } = this.head();
    if (major === 2 || major === 3) this.at += value;
    else if (major === 4) for (let i = 0; i < value; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * value; i++) this.skip();
    else if (major === 6) this.skip();
  }
}

/** True when `bytes` (gunzipped) start with Pagefind's signature. */
function signed(bytes: Uint8Array): boolean {
  for (let i = 0; i < SIGNATURE.length; i++) if (bytes[i] !== SIGNATURE.charCodeAt(i)) return false;
  return true;
}

/** Decodes a gunzipped index chunk. Words are read at once, their postings when asked for. */
export function readIndexChunk(bytes: Uint8Array): IndexChunk {
  if (!signed(bytes)) throw new Error('search index chunk: not a Pagefind index file');
  const cbor = new Cbor(bytes, SIGNATURE.length);
  const decoder = new TextDecoder();
  cbor.array(); // the chunk: [words]
  const count = cbor.array();
  const words: string[] = [];
  const offsets = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const fields = cbor.array();
    const word = cbor.text(decoder);
    words.push(word);
    offsets.set(word, cbor.at);
    for (let f = 1; f < fields; f++) cbor.skip(); // the postings, then whatever a newer Pagefind adds
  }
  const decoded = new Map<string, Postings>();
  return {
    words,
    postings(word) {
      const at = offsets.get(word);
      if (at === undefined) return undefined;
      let postings = decoded.get(word);
      if (!postings) {
        postings = readPostings(new Cbor(bytes, at));
        decoded.set(word, postings);
      }
      return postings;
    },
  };
}

/** The postings array of one word: [[pageDelta, locs, …], …]. */
function readPostings(cbor: Cbor): Postings {
  const count = cbor.array();
  const pages: number[] = [];
  const positions: number[][] = [];
  let page = 0;
  for (let i = 0; i < count; i++) {
    const fields = cbor.array();
    page += cbor.int();
    const locs = cbor.array();
    const list: number[] = [];
    let position = 0;
    for (let l = 0; l < locs; l++) {
      const loc = cbor.int();
      // A negative location sets the weight of the next ones; it is not a position.
      if (loc >= 0) list.push((position += loc));
    }
    for (let f = 2; f < fields; f++) cbor.skip(); // meta-field locations: not page text
    // A page whose only hits are in meta fields has no text position: not a text match.
    if (list.length) {
      pages.push(page);
      positions.push(list);
    }
  }
  return { pages, positions };
}

/** Gunzips a fetched Pagefind file (its files are gzip-compressed on disk). */
export async function gunzip(data: ArrayBuffer): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
