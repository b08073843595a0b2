import { describe, expect, it } from 'vitest';
import type { Gold, GoldDocument } from '../../../../src/lib/import/bench/gold.ts';
import {
  collectPredictions,
  compareValues,
  goldKeyOf,
  matchBoundaries,
  predictedValues,
  prf,
  scoreImport,
  type PredictedDocument,
} from '../../../../src/lib/import/bench/score.ts';
import { dropped, imported, oracleResult, result } from './helpers.ts';

const g = (start: number, type: GoldDocument['type'] = 'role', fields?: GoldDocument['fields']): GoldDocument => ({
  start,
  end: start + 5,
  type,
  title: `gold ${start}`,
  ...(fields ? { fields } : {}),
});
const p = (start: number, type: PredictedDocument['type'] = 'role'): PredictedDocument => ({ file: 'a.txt', start, end: start + 5, title: `pred ${start}`, type });
const goldOf = (files: Record<string, GoldDocument[]>): Gold => ({
  version: 1,
  files: Object.fromEntries(Object.entries(files).map(([k, documents]) => [k, { documents }])),
});

describe('prf', () => {
  it('derives rates and leaves them null without a denominator', () => {
    expect(prf(3, 4, 6)).toMatchObject({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(prf(0, 0, 2)).toMatchObject({ precision: null, recall: 0, f1: null });
    expect(prf(0, 3, 2).f1).toBe(0);
  });
});

describe('matchBoundaries', () => {
  it('matches start lines within two lines, one-to-one, closest first', () => {
    const { pairs, unmatchedGold, unmatchedPredicted } = matchBoundaries([g(10), g(12), g(40)], [p(11), p(12), p(43)]);
    expect(pairs.map((x) => [x.gold.start, x.predicted.start])).toEqual([
      [10, 11],
      [12, 12],
    ]);
    expect(unmatchedGold.map((x) => x.start)).toEqual([40]);
    expect(unmatchedPredicted.map((x) => x.start)).toEqual([43]);
  });

  it('does not let one prediction cover two gold documents', () => {
    const { pairs } = matchBoundaries([g(5), g(6)], [p(6)]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.gold.start).toBe(6);
  });

  it('honours another tolerance', () => {
    expect(matchBoundaries([g(5)], [p(8)], 3).pairs).toHaveLength(1);
    expect(matchBoundaries([g(5)], [p(8)]).pairs).toHaveLength(0);
  });
});

describe('goldKeyOf', () => {
  const keys = ['01.txt', 'sub/02.html', 'x/03.txt', 'y/03.txt'];
  it('uses the path relative to the folder, then the path as given, then a unique base name', () => {
    expect(goldKeyOf('/data/gold-set/sub/02.html', '/data/gold-set', keys)).toBe('sub/02.html');
    expect(goldKeyOf('gold-set/01.txt', 'gold-set', keys)).toBe('01.txt');
    expect(goldKeyOf('./01.txt', '/elsewhere', keys)).toBe('01.txt');
    expect(goldKeyOf('/copies/02.html', '/data/gold-set', keys)).toBe('sub/02.html');
    expect(goldKeyOf('/copies/03.txt', '/data/gold-set', keys)).toBeUndefined();
    expect(goldKeyOf('/copies/04.txt', '/data/gold-set', keys)).toBeUndefined();
  });
});

describe('collectPredictions', () => {
  it('turns duplicates into predictions of the kept type and dropped documents into drop', () => {
    const keeper = imported('/f/a.txt', 3, 'procedure', {
      duplicates: [{ source: '/f/b.txt', startLine: 30, endLine: 40 }],
    });
    const { byFile, unknownSources } = collectPredictions(result([keeper, imported('/other/z.txt', 1, 'role')], [dropped('/f/a.txt', 20)]), '/f', ['a.txt', 'b.txt']);
    expect(byFile.get('a.txt')!.map((d) => [d.start, d.type])).toEqual([
      [3, 'procedure'],
      [20, 'drop'],
    ]);
    const copy = byFile.get('b.txt')![0]!;
    expect(copy).toMatchObject({ start: 30, end: 40, type: 'procedure', duplicateOf: { file: 'a.txt', start: 3 } });
    expect(copy.document).toBe(keeper);
    expect([...unknownSources]).toEqual([['/other/z.txt', 1]]);
  });
});

describe('predictedValues', () => {
  const doc = imported('a.txt', 1, 'role', {
    frontmatter: {
      title: '运营主管',
      department: 'yunying',
      level: '待填写',
      responsibilities: [{ text: '负责巡场', cadence: '每日' }, { text: '负责培训' }],
      qualifications: { basic: ['大专'], preferred: [] },
      kpis: [{ name: '巡查完成率', cycle: '月度' }],
      kpiScheme: { metrics: [{ name: '达成率', weight: 100 }] },
      steps: [{ action: '播放广播', actors: ['kefu'] }],
      functions: ['负责开闭店'],
      period: { unit: 'month', start: '2024-01-01' },
      effective: new Date('2024-03-01T00:00:00Z'),
    },
    names: { department: '运营部' },
    flags: [{ field: 'period', message: '未找到报告周期,已暂填' }],
  });
  it('reads names for id fields and the text of object lists', () => {
    expect(predictedValues(doc, 'department', 'scalar')).toEqual(['运营部']);
    expect(predictedValues(doc, 'title', 'scalar')).toEqual(['运营主管']);
    expect(predictedValues(doc, 'responsibilities', 'list')).toEqual(['负责巡场', '负责培训']);
    expect(predictedValues(doc, 'qualifications.basic', 'list')).toEqual(['大专']);
    expect(predictedValues(doc, 'kpis', 'list')).toEqual(['巡查完成率']);
    expect(predictedValues(doc, 'kpiScheme.metrics', 'list')).toEqual(['达成率']);
    expect(predictedValues(doc, 'steps', 'list')).toEqual(['播放广播']);
    expect(predictedValues(doc, 'functions', 'list')).toEqual(['负责开闭店']);
    expect(predictedValues(doc, 'effective', 'scalar')).toEqual(['2024-03-01']);
  });
  it('treats missing values and flagged scalars as absent', () => {
    expect(predictedValues(doc, 'reportsTo', 'scalar')).toEqual([]);
    expect(predictedValues(doc, 'mustKnow', 'list')).toEqual([]);
    expect(predictedValues(doc, 'period.start', 'scalar')).toEqual([]);
    expect(predictedValues(doc, 'period.unit', 'scalar')).toEqual([]);
  });
});

describe('compareValues', () => {
  it('compares scalars after normalisation only', () => {
    expect(compareValues(['運營主管'], ['运营主管'], 'scalar')).toMatchObject({ tp: 1, predicted: 1, gold: 1 });
    expect(compareValues(['运营主管'], ['运营主管岗位'], 'scalar')).toMatchObject({ tp: 0, missing: ['运营主管'], extra: ['运营主管岗位'] });
    expect(compareValues(['运营部'], ['待填写'], 'scalar')).toMatchObject({ tp: 0, predicted: 0, gold: 1 });
  });

  it('matches list items equal or contained with a length ratio of at least 0.8', () => {
    const gold = ['负责商场日常营运管理,督导各楼层按标准开闭店', '负责处理顾客投诉', '完成运营经理交办的其他工作'];
    const predicted = ['1.负责商场日常营运管理,督导各楼层按标准开闭店;。', '负责处理顾客投诉,跟进处理结果并回访', '完成运营经理交办的其他工作。', '多余的一项'];
    const c = compareValues(gold, predicted, 'list');
    expect(c).toMatchObject({ tp: 2, predicted: 4, gold: 3 });
    expect(c.missing).toEqual(['负责处理顾客投诉']);
    expect(c.extra).toEqual(['负责处理顾客投诉,跟进处理结果并回访', '多余的一项']);
  });

  it('accepts a containment just at the ratio and pairs each item once', () => {
    // 8 of 10 characters: ratio 0.8
    expect(compareValues(['一二三四五六七八九十'.replace(/./g, '字')], ['字'.repeat(8)], 'list').tp).toBe(1);
    expect(compareValues(['字'.repeat(10)], ['字'.repeat(7)], 'list').tp).toBe(0);
    expect(compareValues(['负责培训', '负责培训'], ['负责培训'], 'list')).toMatchObject({ tp: 1, missing: ['负责培训'] });
  });

  it('prefers exact pairs over containments', () => {
    const c = compareValues(['熟知营业时间', '熟知营业时间和流程'], ['熟知营业时间和流程', '熟知营业时间'], 'list');
    expect(c.tp).toBe(2);
  });
});

describe('scoreImport', () => {
  const folder = '/bench';
  const gold = goldOf({
    'a.txt': [
      g(4, 'role', { title: '运营主管', department: '运营部', responsibilities: ['负责巡场', '负责培训'] }),
      g(16, 'drop'),
      g(23, 'procedure', { title: '晨会制度', steps: ['检查出勤'] }),
    ],
    'b.txt': [g(1, 'report', { title: '月度计划', 'period.unit': 'month' }), g(20, 'policy', { title: '考核办法' })],
  });

  it('scores boundaries, types and fields', () => {
    const run = result(
      [
        imported(`${folder}/a.txt`, 5, 'role', {
          frontmatter: { title: '运营主管', department: 'yunying', level: '主管', responsibilities: [{ text: '负责巡场' }] },
          names: { department: '运营部' },
        }),
        imported(`${folder}/a.txt`, 23, 'report', { frontmatter: { title: '晨会制度' } }),
        imported(`${folder}/b.txt`, 1, 'report', { frontmatter: { title: '月度计划', period: { unit: 'month' } } }),
        imported(`${folder}/b.txt`, 30, 'policy'),
      ],
      [dropped(`${folder}/a.txt`, 16)],
    );
    const score = scoreImport(run, gold, { folder });

    expect(score.boundaries).toMatchObject({ tp: 4, predicted: 5, gold: 5, precision: 0.8, recall: 0.8 });
    expect(score.types.overall).toMatchObject({ tp: 3, predicted: 5, gold: 5 });
    expect(score.types.byType.role).toMatchObject({ tp: 1, predicted: 1, gold: 1 });
    expect(score.types.byType.report).toMatchObject({ tp: 1, predicted: 2, gold: 1, precision: 0.5, recall: 1 });
    expect(score.types.byType.procedure).toMatchObject({ tp: 0, predicted: 0, gold: 1, precision: null, recall: 0 });
    expect(score.types.byType.drop).toMatchObject({ tp: 1, predicted: 1, gold: 1 });
    expect(score.types.confusion).toMatchObject({ procedure: { report: 1 }, policy: { '(missed)': 1 }, '(spurious)': { policy: 1 } });

    // role: title 1/1, department 1/1, level predicted but not in gold, responsibilities 1 of 2; report: title, period.unit
    expect(score.fields.byType.role.byField.title).toMatchObject({ tp: 1, predicted: 1, gold: 1 });
    expect(score.fields.byType.role.byField.level).toMatchObject({ tp: 0, predicted: 1, gold: 0 });
    expect(score.fields.byType.role.byField.responsibilities).toMatchObject({ tp: 1, predicted: 1, gold: 2 });
    expect(score.fields.byType.role.overall).toMatchObject({ tp: 3, predicted: 4, gold: 4 });
    expect(score.fields.byType.report.overall).toMatchObject({ tp: 2, predicted: 2, gold: 2 });
    expect(score.fields.overall).toMatchObject({ tp: 5, predicted: 6, gold: 6 });
    // procedure and policy were not type-correct: their gold values are outside coverage
    expect(score.fields.coverage).toEqual({ documents: 2, goldDocuments: 4, values: 6, goldValues: 9 });

    const kinds = score.mismatches.map((m) => m.kind).sort();
    expect(kinds).toEqual(['field', 'field', 'missed', 'spurious', 'type']);
    expect(score.files.map((f) => [f.file, f.boundaryMatches, f.typeCorrect])).toEqual([
      ['a.txt', 3, 2],
      ['b.txt', 1, 1],
    ]);
  });

  it('counts gold documents of an unreadable file as missed and reports the error', () => {
    const score = scoreImport(result([], [], [{ path: `${folder}/b.txt`, error: '无法识别编码', documents: 0, messages: [] }]), gold, { folder });
    expect(score.boundaries).toMatchObject({ tp: 0, predicted: 0, gold: 5, recall: 0 });
    expect(score.files.find((f) => f.file === 'b.txt')!.error).toBe('无法识别编码');
    expect(score.mismatches).toContainEqual({ kind: 'file-error', file: 'b.txt', message: '无法识别编码' });
  });

  it('gives a perfect import a perfect score, duplicates included', () => {
    const twoCopies = goldOf({
      'a.txt': [g(1, 'role', { title: '行政主管', reportsTo: '总经理', kpis: ['及时率'] })],
      'b.txt': [g(8, 'role', { title: '行政主管', reportsTo: '总经理', kpis: ['及时率'] })],
    });
    const run = oracleResult(twoCopies, folder);
    // keep one copy, record the other as its duplicate
    run.documents = [{ ...run.documents[0]!, duplicates: [{ source: `${folder}/b.txt`, startLine: 8, endLine: 13 }] }];
    const score = scoreImport(run, twoCopies, { folder });
    expect(score.boundaries).toMatchObject({ precision: 1, recall: 1 });
    expect(score.types.overall).toMatchObject({ precision: 1, recall: 1 });
    expect(score.fields.overall).toMatchObject({ tp: 6, precision: 1, recall: 1, f1: 1 });
    expect(score.mismatches).toEqual([]);
  });
});
