import { describe, expect, it } from 'vitest';
import { inScriptOf, isTraditional, toSimplified, toTraditional } from '../../../src/lib/text/script.ts';

describe('script conversion', () => {
  it('converts between Simplified and Traditional', () => {
    expect(toTraditional('岗位职责')).toBe('崗位職責');
    expect(toSimplified('營運經理')).toBe('营运经理');
  });
  it('shows labels in the script of the page', () => {
    expect(isTraditional('zh-HK')).toBe(true);
    expect(inScriptOf('zh-HK', '考核标准')).toBe('考核標準');
    expect(inScriptOf('zh-CN', '考核标准')).toBe('考核标准');
  });
});
