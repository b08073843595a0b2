import { describe, expect, it } from 'vitest';
import { bytesByKind, fileKind } from '../../../src/lib/bench/search-bytes.ts';

describe('fileKind', () => {
  it('names search bundle files by folder or role, ours and the default bundle alike', () => {
    expect(fileKind('/pagefind/index/und_1a2.pf_index')).toBe('index');
    expect(fileKind('/pagefind-default/fragment/zh-cn_9.pf_fragment')).toBe('fragment');
    expect(fileKind('/hb/pagefind/pagefind.und_4136c71a896.pf_meta')).toBe('pf_meta');
    expect(fileKind('/pagefind/wasm.unknown.pagefind')).toBe('wasm');
    expect(fileKind('/pagefind/fold.json')).toBe('fold.json');
    expect(fileKind('/_astro/search-box.BX1.js')).toBe('site');
  });
});

describe('bytesByKind', () => {
  it('sums bytes and files per kind, largest first', () => {
    expect(bytesByKind([
      { path: '/pagefind/index/a.pf_index', bytes: 40 },
      { path: '/pagefind/pagefind.js', bytes: 30 },
      { path: '/pagefind/index/b.pf_index', bytes: 5 },
    ])).toEqual([{ kind: 'index', files: 2, bytes: 45 }, { kind: 'pagefind.js', files: 1, bytes: 30 }]);
  });
});
