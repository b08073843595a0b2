/**
 * One mistake per case, each with what the checker must say about it:
 * which file, which field, which line and which words.
 */
import type { Change } from './fixture.ts';

export interface BadContentCase {
  name: string;
  changes: Change[];
  file: string;
  field: string;
  line: number;
  message: string;
}

export const BAD_CONTENT_CASES: BadContentCase[] = [
  {
    name: 'missing required field',
    changes: [{ file: 'roles/zhuguan.mdx', replace: 'summary: 负责所辖楼层的日常巡场。\n', with: '' }],
    file: 'roles/zhuguan.mdx', field: 'summary', line: 2, message: '缺少这个必填项',
  },
  {
    name: 'wrong type',
    changes: [{ file: 'roles/jingli.mdx', replace: 'headcount: 1', with: 'headcount: 很多' }],
    file: 'roles/jingli.mdx', field: 'headcount', line: 6, message: '编制人数应为数字',
  },
  {
    name: 'impossible date',
    changes: [{ file: 'roles/jingli.mdx', replace: 'updated: 2026-05-03', with: 'updated: 2026-09-31' }],
    file: 'roles/jingli.mdx', field: 'updated', line: 15, message: '日期“2026-09-31”不存在(9月没有31日)',
  },
  {
    name: 'dangling reference',
    changes: [{ file: 'roles/zhuguan.mdx', replace: 'reportsTo: jingli', with: 'reportsTo: jinli' }],
    file: 'roles/zhuguan.mdx', field: 'reportsTo', line: 5, message: '找不到岗位“jinli”:content/roles/ 下没有这个文件。是不是“jingli”?',
  },
  {
    name: 'duplicate id',
    changes: [{ file: 'roles/zhuguan.md', write: '---\ntitle: 重复\n---\n' }],
    file: 'roles/zhuguan.mdx', field: 'id', line: 1, message: '编号“zhuguan”重复',
  },
  {
    name: 'KPI weights not summing to 100',
    changes: [{ file: 'roles/jingli.mdx', replace: 'weight: 70', with: 'weight: 60' }],
    file: 'roles/jingli.mdx', field: 'kpis', line: 11, message: 'KPI的权重合计为 90,应为 100',
  },
  {
    name: 'unknown role in a procedure step',
    changes: [{ file: 'procedures/kaidian.mdx', replace: 'actors: [zhuguan], action: 检查', with: 'actors: [dianzhang], action: 检查' }],
    file: 'procedures/kaidian.mdx', field: 'steps.0.actors.0', line: 8, message: '找不到岗位“dianzhang”',
  },
  {
    name: 'end of period before its start',
    changes: [{ file: 'reports/2026/jingli-2026-q3.mdx', replace: 'end: 2026-09-30', with: 'end: 2026-06-30' }],
    file: 'reports/2026/jingli-2026-q3.mdx', field: 'period.end', line: 4, message: '结束日期 2026-06-30 早于开始日期 2026-07-01',
  },
];
