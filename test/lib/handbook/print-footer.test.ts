import { describe, expect, it } from 'vitest';
import { cssString, printFooterCss, printFooterText } from '../../../src/lib/handbook/print-footer.ts';

describe('printFooterText', () => {
  it('names the handbook, its edition, effective date and build date', () => {
    expect(printFooterText({ title: '运营管理手册', version: '2.1', effective: '2026-10-01', built: '2026-11-22' }))
      .toBe('运营管理手册 · 第 2.1 版 · 2026年10月1日起施行 · 2026年11月22日生成');
  });

  it('leaves out what site.yaml does not say, but always gives the build date', () => {
    expect(printFooterText({ title: '手册', built: '2026-01-05' })).toBe('手册 · 2026年1月5日生成');
    expect(printFooterText({ title: '手册', version: 'v3.0', built: '2026-01-05' })).toBe('手册 · 第 3.0 版 · 2026年1月5日生成');
  });
});

describe('printFooterCss', () => {
  it('puts the footer text and page counters into page-margin boxes', () => {
    const css = printFooterCss({ title: '运营管理手册', version: '2.1', built: '2026-11-22' });
    expect(css).toContain('@bottom-left { content: "运营管理手册 · 第 2.1 版 · 2026年11月22日生成"');
    expect(css).toContain('counter(page)');
    expect(css).toContain('counter(pages)');
  });

  it('cannot be broken out of by a title with quotes, backslashes or a closing style tag', () => {
    const literal = cssString('A "手册" \\ </style><script>');
    expect(literal).toBe('"A \\"手册\\" \\\\ \\3c /style>\\3c script>"');
    expect(printFooterCss({ title: '"}</style>', built: '2026-11-22' })).not.toContain('</style>');
  });
});
