import { describe, expect, it } from 'vitest';
import { procedureChecklists, responsibleRole, shortHash, textShare, tickStorageKey } from '../../../src/lib/handbook/checklist.ts';

const procedure = {
  owner: 'yunying-zhuguan',
  steps: [
    { actors: ['anquanyuan'], action: '夜班安全员撤除报警布防,开启员工通道;检查各消防通道、安全出口无锁闭、无堵塞。' },
    { actors: ['shebei-weixiu'], action: '按顺序开启公共区域照明、空调新风、扶梯和直梯,扶梯空载试运行不少于5分钟。' },
    { actors: ['wuye-guanliyuan', 'anquanyuan'], action: '督促保洁完成出入口、中庭、卫生间和扶梯的营业前清洁。' },
    { actors: ['shangguanyuan'], action: '营业员9:20前经员工通道到岗,商管员在各楼层核对到岗人数,检查仪容仪表和工牌佩戴,督促各店开灯、整理货架、补齐价签。' },
  ],
  branches: [{ steps: [{ actors: ['kefuyuan'], action: '遇暴雨时服务台准备雨伞套和防滑垫。' }] }],
  checklists: [
    { category: '开店前检查', items: ['员工通道开启,消防通道和安全出口畅通', '照明、空调、扶梯、直梯已开启并运行正常', '公共区域和卫生间清洁完毕', '雨伞套和防滑垫已备好', '当日值班表已张贴', '店铺开灯、货架整齐、价签齐全'] },
  ],
};

describe('responsibleRole', () => {
  it('gives each item the first actor of the step it restates', () => {
    const [list] = procedureChecklists(procedure);
    expect(list!.items.map((i) => i.role)).toEqual(['anquanyuan', 'shebei-weixiu', 'wuye-guanliyuan', 'kefuyuan', 'yunying-zhuguan', 'shangguanyuan']);
  });

  it('falls back to the owner when no step is alike', () => {
    expect(responsibleRole('当日值班表已张贴', procedure)).toBe('yunying-zhuguan');
    expect(responsibleRole('', procedure)).toBe('yunying-zhuguan');
  });
});

describe('textShare', () => {
  it('is the share of the item found in the step, whatever else the step says, and ignores punctuation', () => {
    expect(textShare('消防通道畅通', '消防通道畅通')).toBe(1);
    expect(textShare('消防通道畅通', '巡查时确认消防通道畅通,并记录在巡场表上,发现堵塞立即清理')).toBe(1);
    expect(textShare('消防通道', '雨伞套')).toBe(0);
    expect(textShare('消防,通道', '消防通道')).toBe(1);
    expect(textShare('消防通道', '消防,通道')).toBeCloseTo(2 / 3);
    expect(textShare('', '消防通道')).toBe(0);
  });
});

describe('item keys', () => {
  it('are stable, differ between items and categories, and change with the wording', () => {
    const [a] = procedureChecklists(procedure);
    const [b] = procedureChecklists(procedure);
    expect(a!.items.map((i) => i.key)).toEqual(b!.items.map((i) => i.key));
    expect(new Set(a!.items.map((i) => i.key)).size).toBe(a!.items.length);
    const renamed = procedureChecklists({ ...procedure, checklists: [{ category: '闭店后检查', items: procedure.checklists[0]!.items }] });
    expect(renamed[0]!.items[0]!.key).not.toBe(a!.items[0]!.key);
    expect(shortHash('公共区域和卫生间清洁完毕')).toMatch(/^[0-9a-f]{8}$/);
    expect(shortHash('公共区域和卫生间清洁完毕')).not.toBe(shortHash('公共区域和卫生间清洁完毕。'));
  });

  it('are stored per page', () => {
    expect(tickStorageKey('/procedures/kaibidian/', 'abcd1234')).not.toBe(tickStorageKey('/procedures/xunchang/', 'abcd1234'));
  });
});
