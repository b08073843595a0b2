import { describe, expect, it } from 'vitest';
import { describeChanges, displayValue, entryChanges, wordDiff } from '../../../src/lib/history/entry-changes.ts';

const role = (fields: string, body = '## 职责\n\n负责楼层巡场。') => `---\ntitle: 楼层主管\nowner: jingli\nupdated: 2026-05-01\n${fields}---\n\n${body}\n`;

describe('entry changes in readers\' terms', () => {
  it('names a changed date by its Chinese label and writes both dates in Chinese', () => {
    const changes = entryChanges('policies', role('effective: 2026-01-01\n'), role('effective: 2026-03-01\n'));
    expect(describeChanges(changes)).toEqual(['修改了 生效日期:2026年1月1日 → 2026年3月1日']);
    // Short values are shown whole, before → after; only long texts are compared word by word.
    expect(changes[0]).not.toHaveProperty('words');
  });

  it('counts list items added, removed and changed', () => {
    const before = role('responsibilities:\n  - { text: 巡场, cadence: 每日 }\n  - { text: 处理投诉 }\n');
    const after = role('responsibilities:\n  - { text: 巡场, cadence: 每日 }\n  - { text: 处理顾客投诉 }\n  - { text: 检查消防通道 }\n');
    const changes = entryChanges('roles', before, after);
    expect(describeChanges(changes)).toEqual(['岗位职责增加 1 条、修改 1 条']);
    const list = changes[0]!;
    expect(list.kind === 'list' && list.items.map((i) => (i.kind === 'list' || i.kind === 'body' ? [i.kind] : [i.kind, i.before, i.after]))).toEqual([
      ['changed', '处理投诉', '处理顾客投诉'],
      ['added', undefined, '检查消防通道'],
    ]);
  });

  it('ignores the updated date and the change log, and says nothing when nothing else changed', () => {
    expect(entryChanges('roles', role(''), role('').replace('2026-05-01', '2026-06-01'))).toEqual([]);
  });

  it('compares body paragraphs word by word, without Markdown marks', () => {
    const changes = entryChanges('procedures', role('', '**第一条** 营业期间每2小时巡场一次,重点检查消防通道。'), role('', '**第一条** 营业期间每小时巡场两次,重点检查消防通道。'));
    expect(describeChanges(changes)).toEqual(['正文修改 1 处']);
    const body = changes[0]!;
    if (body.kind !== 'body') throw new Error('expected a body change');
    expect(body.items[0]!.kind === 'changed' && body.items[0]!.words!.filter((w) => w.kind !== 'same').map((w) => [w.kind, w.text])).toEqual([
      ['removed', '2'], ['removed', '一次'], ['added', '两次'],
    ]);
    expect(JSON.stringify(changes)).not.toContain('**');
  });

  it('shows statuses by their Chinese names, and long texts without quoting them', () => {
    const long = '为规范锦程广场商户的经营行为,维护顾客合法权益和广场整体形象,特制定本规定。';
    const changes = entryChanges('policies', role(`status: draft\npurpose: ${long}\n`), role(`status: active\npurpose: ${long.replace('商户', '全体商户')}\nbasis: 公司制度\n`));
    expect(describeChanges(changes)).toEqual(['修改了 状态:草稿 → 现行有效', '修改了 目的', '新增 依据:公司制度']);
  });

  it('describes a new file as fields added, never as YAML', () => {
    const lines = describeChanges(entryChanges('roles', '', role('code: YY-01\n')));
    expect(lines).toContain('新增 岗位编号:YY-01');
    expect(lines.join('\n')).not.toMatch(/[{}:]\s|^---/m);
  });
});

describe('displayValue and wordDiff', () => {
  it('writes nested values as text', () => {
    expect(displayValue({ name: '销售', weight: 40 })).toBe('销售 · 40');
    expect(displayValue(['周一', '周三'])).toBe('周一、周三');
  });
  it('keeps every character of both texts', () => {
    const parts = wordDiff('重点检查消防通道', '重点检查安全出口');
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('重点检查消防通道');
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('重点检查安全出口');
  });
});
