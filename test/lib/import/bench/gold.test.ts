import { describe, expect, it } from 'vitest';
import { formatIssuePath, parseGold } from '../../../../src/lib/import/bench/gold.ts';

const role = { start: 3, end: 18, type: 'role', title: '运营主管岗位职责', fields: { title: '运营主管', responsibilities: ['负责项目进度'] } };
const drop = { start: 19, end: 60, type: 'drop', title: '安全生产讲话', reason: '与运营管理无关' };

describe('parseGold', () => {
  it('accepts the documented format', () => {
    const parsed = parseGold({ version: 1, files: { 'a.txt': { documents: [role, drop] } } });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.gold.files['a.txt']!.documents[1]!.type).toBe('drop');
  });

  it('names the path of every problem', () => {
    const parsed = parseGold({
      version: 1,
      files: {
        'seeds/a.txt': {
          documents: [
            { ...role, fields: { title: '运营主管', 'qualification.basic': ['x'], responsibilities: '一项' } },
            { ...drop, start: 10, type: 'memo' },
          ],
        },
      },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.join('\n')).toContain('files["seeds/a.txt"].documents[0].fields["qualification.basic"]: not a scored role field');
    expect(parsed.errors.join('\n')).toContain('files["seeds/a.txt"].documents[0].fields.responsibilities: must be a list of strings');
    expect(parsed.errors.join('\n')).toContain('files["seeds/a.txt"].documents[1].type');
  });

  it('checks line ranges, order, dates, period units and dropped documents', () => {
    const parsed = parseGold({
      version: 1,
      files: {
        'b.txt': {
          documents: [
            { start: 5, end: 4, type: 'policy', title: 'x', fields: { effective: '2024年3月1日' } },
            { start: 2, end: 9, type: 'report', title: 'y', fields: { 'period.unit': 'season', title: ['a'] } },
            { start: 9, end: 12, type: 'drop', title: 'z', fields: { title: 'z' } },
          ],
        },
      },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const text = parsed.errors.join('\n');
    expect(text).toContain('documents[0].end: end 4 is before start 5');
    expect(text).toContain('documents[0].fields.effective: "2024年3月1日" is not a YYYY-MM-DD date');
    expect(text).toContain('documents[1].start: starts at line 2, inside the previous document');
    expect(text).toContain('documents[1].fields["period.unit"]: must be one of');
    expect(text).toContain('documents[1].fields.title: must be a single string');
    expect(text).toContain('documents[2].fields: a dropped document has no fields');
  });

  it('lets a document start on the line where the previous one ends (a glued title)', () => {
    const parsed = parseGold({ version: 1, files: { 'c.txt': { documents: [{ ...role, end: 14 }, { ...drop, start: 14 }] } } });
    expect(parsed.ok).toBe(true);
  });

  it('rejects another version and unknown keys', () => {
    const parsed = parseGold({ version: 2, files: {}, extra: true });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.some((e) => e.startsWith('version:'))).toBe(true);
  });
});

describe('formatIssuePath', () => {
  it('quotes keys that are not identifiers', () => {
    expect(formatIssuePath(['files', 'a b.txt', 'documents', 0, 'fields', 'period.start'])).toBe('files["a b.txt"].documents[0].fields["period.start"]');
    expect(formatIssuePath([])).toBe('(root)');
  });
});
