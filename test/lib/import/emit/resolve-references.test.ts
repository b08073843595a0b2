import { describe, expect, it } from 'vitest';
import type { HandbookIndex } from '../../../../src/lib/import/emit/handbook-index.ts';
import { resolveReferences } from '../../../../src/lib/import/emit/resolve-references.ts';
import { TO_FILL, type ImportedDocument } from '../../../../src/lib/import/model.ts';

function index(): HandbookIndex {
  return {
    departments: [{ id: 'yunying', name: '运营部', aliases: ['营运部', '运营管理部'], head: 'yunying-jingli' }],
    roles: [
      { id: 'yunying-jingli', title: '运营经理', department: 'yunying' },
      { id: 'louceng-zhuguan', title: '楼层主管', department: 'yunying' },
    ],
    ids: { departments: new Set(['yunying']), roles: new Set(['yunying-jingli', 'louceng-zhuguan']), procedures: new Set(), policies: new Set(), reports: new Set() },
    imported: new Map([['seen-before', 'roles/old.mdx']]),
  };
}

function doc(kind: ImportedDocument['kind'], frontmatter: Record<string, unknown>, refs: ImportedDocument['refs'], extra: Partial<ImportedDocument> = {}): ImportedDocument {
  return {
    kind, confidence: 0.9, frontmatter, body: { type: 'root', children: [] }, flags: [], names: {}, refs,
    source: 'a.txt', startLine: 3, endLine: 9, title: String(frontmatter.title ?? ''), lang: 'zh-CN', fingerprint: `fp-${Math.random()}`, repairs: [], duplicates: [], ...extra,
  };
}

describe('resolveReferences', () => {
  it('maps department names and aliases (either script) to ids and gives a role its own id as owner', () => {
    const role = doc('role', { title: '運營主管', department: '營運部', reportsTo: '运营经理' }, [
      { path: ['department'], collection: 'departments', name: '營運部' },
      { path: ['reportsTo'], collection: 'roles', name: '运营经理' },
    ]);
    resolveReferences([role], index(), '2026-11-22');
    expect(role.outputPath).toBe('roles/yun-ying-zhu-guan.mdx');
    expect(role.frontmatter).toMatchObject({ department: 'yunying', reportsTo: 'yunying-jingli', owner: 'yun-ying-zhu-guan', updated: '2026-11-22' });
    expect(role.flags).toEqual([]);
  });

  it('lets documents of one run refer to each other', () => {
    const boss = doc('role', { title: '商管部经理', department: '运营部' }, [{ path: ['department'], collection: 'departments', name: '运营部' }]);
    const clerk = doc('role', { title: '商管员', department: '运营部', reportsTo: '商管部经理' }, [
      { path: ['department'], collection: 'departments', name: '运营部' },
      { path: ['reportsTo'], collection: 'roles', name: '商管部经理' },
    ]);
    resolveReferences([boss, clerk], index(), '2026-11-22');
    expect(clerk.frontmatter.reportsTo).toBe('shang-guan-bu-jing-li');
  });

  it('creates a department draft for a named department the handbook lacks', () => {
    const role = doc('role', { title: '销售主管', department: '销售部' }, [{ path: ['department'], collection: 'departments', name: '销售部' }]);
    const created = resolveReferences([role], index(), '2026-11-22');
    expect(created).toHaveLength(1);
    expect(created[0]!.frontmatter).toMatchObject({ name: '销售部', functions: [TO_FILL], status: 'draft' });
    expect(role.frontmatter.department).toBe('xiao-shou-bu');
    expect(role.flags.map((f) => f.message)).toEqual(['所属部门“销售部”在手册中不存在,已新建部门草稿 xiao-shou-bu,请补全其职能']);
  });

  it('never invents a role: unknown superiors are left out, unknown actors fall back to the owner, both flagged', () => {
    const procedure = doc(
      'procedure',
      { title: '开闭店流程', department: '运营部', steps: [{ actors: ['值班经理'], action: '开门' }], reportsTo: undefined },
      [
        { path: ['department'], collection: 'departments', name: '运营部' },
        { path: ['steps', 0, 'actors', 0], collection: 'roles', name: '值班经理' },
      ],
    );
    const role = doc('role', { title: '收银员', department: '', reportsTo: '收银组长' }, [
      { path: ['department'], collection: 'departments', name: '' },
      { path: ['reportsTo'], collection: 'roles', name: '收银组长' },
    ]);
    resolveReferences([procedure, role], index(), '2026-11-22');
    expect(procedure.frontmatter).toMatchObject({ owner: 'yunying-jingli', steps: [{ actors: ['yunying-jingli'] }] });
    expect(procedure.flags.map((f) => f.message)).toContain('执行岗位“值班经理”在手册中没有对应岗位,暂填为本条目的维护岗位,请核对');
    expect(role.frontmatter).not.toHaveProperty('reportsTo');
    expect(role.frontmatter.department).toBe('yunying');
    expect(role.flags.map((f) => f.message)).toEqual(['未写明所属部门,暂归入“运营部”,请核对', '“收银组长”在手册中没有对应岗位,直接上级已留空,请补填']);
  });

  it('recognises a document an earlier import wrote and leaves it alone', () => {
    const again = doc('role', { title: '运营主管' }, [], { fingerprint: 'seen-before' });
    resolveReferences([again], index(), '2026-11-22');
    expect(again).toMatchObject({ outcome: 'unchanged', outputPath: 'roles/old.mdx' });
  });

  it('starts the operations department when an empty handbook gets a role without one', () => {
    const empty: HandbookIndex = { departments: [], roles: [], ids: { departments: new Set(), roles: new Set(), procedures: new Set(), policies: new Set(), reports: new Set() }, imported: new Map() };
    const role = doc('role', { title: '运营主管', department: '' }, [{ path: ['department'], collection: 'departments', name: '' }]);
    const created = resolveReferences([role], empty, '2026-11-22');
    expect(created.map((d) => d.frontmatter.name)).toEqual(['运营部']);
    expect(role.frontmatter).toMatchObject({ department: 'yun-ying-bu', owner: 'yun-ying-zhu-guan' });
    expect(created[0]!.frontmatter.owner).toBe('yun-ying-zhu-guan');
  });
});
