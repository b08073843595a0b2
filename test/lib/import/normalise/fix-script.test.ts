import { describe, expect, it } from 'vitest';
import { fixStraySimplified } from '../../../../src/lib/import/normalise/fix-script.ts';

describe('fixStraySimplified', () => {
  it('replaces stray Simplified characters in Traditional text, in context', () => {
    const result = fixStraySimplified('負責組織實施酒店既定的營銷方案,并根據市場的變化作相應的策略調整,之后于每月匯報。');
    expect(result.text).toBe('負責組織實施酒店既定的營銷方案,並根據市場的變化作相應的策略調整,之後於每月匯報。');
    expect(result.fixed).toEqual([
      { from: '并', to: '並' },
      { from: '后', to: '後' },
      { from: '于', to: '於' },
    ]);
  });

  it('never touches correct Traditional characters, whatever the regional variant', () => {
    const text = '皇后與客戶群每週吃飯,說明臺灣與香港的用字。';
    expect(fixStraySimplified(text)).toEqual({ text, fixed: [] });
  });
});
