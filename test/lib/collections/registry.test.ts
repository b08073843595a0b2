/**
 * A sixth kind of entry touches only its own module: registering a fixture
 * kind (培训课程) in a test registry is enough for the editor configuration,
 * the labels and the reference fields to include it.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  COLLECTION_LABELS,
  collectionLabels,
  defineKind,
  KINDS,
  LISTED_COLLECTIONS,
  listLabels,
  REFERENCE_FIELDS,
  referenceFieldsOf,
} from '../../../src/lib/collections/index.ts';
import { cmsConfig, kindFields } from '../../../src/lib/cms/config.ts';
import { chineseEnum, entryCore, hint, isoDate, ref, text, textList } from '../../../src/lib/schemas/common.ts';
import { lifecycleFields } from '../../../src/lib/schemas/lifecycle.ts';
import { allOfLabel } from '../../../src/lib/handbook/labels.ts';

/** What src/lib/collections/trainings.ts would hold. */
const trainings = defineKind({
  schema: z.object({
    title: text('课程名称'),
    department: ref('departments'),
    trainer: ref('roles', '授课岗位'),
    audience: z.array(ref('roles')).min(1),
    format: chineseEnum(['线下', '线上'] as const, '形式'),
    date: hint(isoDate, '开课日期'),
    topics: textList('内容要点'),
    ...entryCore,
    ...lifecycleFields,
  }),
  labels: { singular: '培训课程', list: '培训', unit: '门' },
  description: '新员工和在岗培训课程',
  titleField: 'title',
  fieldLabels: { title: '课程名称', department: '主办部门', trainer: '讲师', audience: '参训岗位', format: '形式', date: '日期', topics: '内容要点' },
  listed: true,
  sortField: 'date',
  page: { crumbs: 'department', sidebar: 'entry' },
});

const registry = { ...KINDS, trainings };

describe('content-kind registry', () => {
  it('derives labels, listing and references for a registered sixth kind', () => {
    expect(collectionLabels(registry).trainings).toBe('培训课程');
    expect(listLabels(registry).trainings).toEqual({ title: '培训', unit: '门' });
    expect(referenceFieldsOf(registry).trainings).toEqual([
      { path: 'department', target: 'departments' },
      { path: 'trainer', target: 'roles' },
      { path: 'audience', target: 'roles' },
      { path: 'owner', target: 'roles' },
      { path: 'supersedes', target: 'trainings' },
    ]);
  });

  it('gives the sixth kind an editor collection with Chinese labels, relations and selects', () => {
    const config = cmsConfig(registry, { backend: { name: 'gitea', repo: 'hr/handbook' }, title: '手册' });
    const collection = config.collections.find((c) => c.name === 'trainings');
    expect(collection).toMatchObject({ label: '培训', label_singular: '培训课程', folder: 'content/trainings', extension: 'mdx' });
    const fields = kindFields('trainings', registry);
    expect(fields.find((f) => f.name === 'audience')).toMatchObject({ label: '参训岗位', widget: 'relation', collection: 'roles', multiple: true, min: 1 });
    expect(fields.find((f) => f.name === 'format')).toMatchObject({ widget: 'select', options: ['线下', '线上'] });
    expect(fields.find((f) => f.name === 'date')).toMatchObject({ widget: 'datetime', hint: '开课日期' });
  });

  it('refuses a kind whose field has no Chinese label', () => {
    const unlabelled = { ...registry, trainings: { ...trainings, fieldLabels: { ...trainings.fieldLabels, topics: undefined as never } } };
    expect(() => kindFields('trainings', unlabelled)).toThrow(/trainings\.topics has no Chinese label/);
  });

  it('keeps the handbook vocabulary', () => {
    expect(COLLECTION_LABELS).toEqual({ departments: '部门', roles: '岗位', procedures: '流程', policies: '制度', reports: '报告' });
    expect(LISTED_COLLECTIONS).toEqual(['roles', 'procedures', 'policies', 'reports']);
    expect(allOfLabel('reports', 12)).toBe('全部 12 份计划与总结');
  });

  it('derives the references the checker resolves from the schemas', () => {
    expect(REFERENCE_FIELDS.roles).toEqual([
      { path: 'department', target: 'departments' },
      { path: 'reportsTo', target: 'roles' },
      { path: 'owner', target: 'roles' },
      { path: 'supersedes', target: 'roles' },
    ]);
    expect(REFERENCE_FIELDS.procedures.map((f) => f.path)).toEqual(
      expect.arrayContaining(['participants', 'steps.actors', 'steps.approval', 'branches.steps.actors', 'escalation.to', 'relatedPolicies']),
    );
  });
});
