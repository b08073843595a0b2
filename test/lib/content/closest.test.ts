import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/lib/content/closest.ts';

describe('closest', () => {
  it('measures edit distance', () => {
    expect(editDistance('jingli', 'jinli')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests a near id and nothing for a far one', () => {
    expect(closest('yunying-jinli', ['yunying-jingli', 'yunying-zhuguan'])).toBe('yunying-jingli');
    expect(closest('caiwu', ['yunying-jingli'])).toBeUndefined();
  });
});
