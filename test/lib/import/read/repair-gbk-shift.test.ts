import iconv from 'iconv-lite';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../../src/lib/import/model.ts';
import { repairGbkShift } from '../../../../src/lib/import/read/repair-gbk-shift.ts';
import { SIMPLIFIED_LINES, TRADITIONAL_LINES } from './sentences.ts';

/**
 * Produces the damage the repair is for: `line` stored as GBK, the lead byte of
 * its character at `at` lost — dropped, or replaced by `?` — and the bytes
 * decoded again. With `questionMarks`, the decoder writes `?` for bytes it
 * cannot place (as many web tools do) instead of U+FFFD.
 */
function garble(line: string, at: number, how: 'drop' | 'mark', questionMarks = false): string {
  const chars = [...line];
  const before = iconv.encode(chars.slice(0, at).join(''), 'gbk');
  const after = iconv.encode(chars.slice(at).join(''), 'gbk');
  const bytes = Buffer.concat([before, how === 'mark' ? Buffer.from('?') : Buffer.alloc(0), after.subarray(1)]);
  const text = new TextDecoder('gb18030').decode(bytes);
  return questionMarks ? text.replaceAll('\uFFFD', '?') : text;
}

const asLines = (texts: readonly string[]): SourceLine[] => texts.map((text, i) => ({ line: i + 1, text }));

/** The Traditional fixture with line `index` (0-based) replaced. */
function documentWith(index: number, text: string): SourceLine[] {
  return asLines(TRADITIONAL_LINES.map((line, i) => (i === index ? text : line)));
}

describe('repairGbkShift', () => {
  it('restores a run after a lost lead byte shown as ?, and reports it on the file', () => {
    const original = TRADITIONAL_LINES[1]!; // 1、負責擬定酒店年度銷售計劃,…
    const damaged = garble(original, 2, 'mark');
    expect(damaged).toBe('1、?撠煍M定酒店年度銷售計劃,并報總經理審批后組織實施。');

    const file = new VFile({ path: 'jd.txt' });
    const { lines, repairs } = repairGbkShift(documentWith(1, damaged), file);
    expect(lines[1]!.text).toBe(original);
    expect(repairs).toEqual([{ line: 2, column: 3, before: '?撠煍M', after: '負責擬', confidence: 0.9 }]);

    expect(file.messages).toHaveLength(1);
    const message = file.messages[0]!;
    expect(message).toMatchObject({ line: 2, column: 3, source: 'import:read', ruleId: 'gbk-shift', actual: '?撠煍M' });
    expect(message.expected).toEqual(['負責擬']);
    expect(message.reason).toContain('第 2 行修复了错位乱码');
  });

  it('restores a run after ?? (a question mark, then the lost byte)', () => {
    const original = '遇到客戶投訴怎麼辦?負責處理投訴的同事要及時向總經理匯報。';
    const at = [...original].indexOf('?') + 1;
    const damaged = garble(original, at, 'mark');
    expect(damaged).toMatch(/^遇到客戶投訴怎麼辦\?\?/);
    const { lines, repairs } = repairGbkShift(asLines([...TRADITIONAL_LINES, damaged]));
    expect(lines.at(-1)!.text).toBe(original);
    expect(repairs).toHaveLength(1);
  });

  it('restores a run ending in ?, (its last trail byte lost at the comma), guessing only the last character', () => {
    const original = TRADITIONAL_LINES[3]!; // 3、負責收集市場信息,分析…
    const damaged = garble(original, 6, 'drop', true);
    expect(damaged).toBe('3、負責收集袌鲂畔?,分析競爭對手的價格與銷售策略。');
    const { lines, repairs } = repairGbkShift(documentWith(3, damaged));
    // 市場 comes back exactly; the character before the comma lost a byte and is a guess.
    expect(lines[3]!.text).toMatch(/^3、負責收集市場信.,分析競爭對手的價格與銷售策略。$/);
    expect(repairs[0]).toMatchObject({ line: 4, before: '袌鲂畔?' });
    expect(repairs[0]!.confidence).toBeLessThan(0.9);
  });

  it('restores runs where the byte was dropped without a trace', () => {
    for (const [index, at] of [
      [1, 2],
      [8, 2],
      [12, 5],
      [13, 0],
    ] as const) {
      const original = TRADITIONAL_LINES[index]!;
      const damaged = garble(original, at, 'drop');
      expect(damaged).not.toBe(original);
      expect(repairGbkShift(documentWith(index, damaged)).lines[index]!.text).toBe(original);
    }
  });

  it('restores long runs, runs made of everyday-looking characters and runs at the start of a line', () => {
    for (const [index, at] of [
      [1, 15], // ?罂偨浝韺徟蠼M → 并報總經理審批后組
      [7, 2], // ?恐苷匍_ → 每周召開 (no rare character at all)
      [12, 0], // ?ぷ饔媱� at the very start
      [13, 5],
    ] as const) {
      const original = TRADITIONAL_LINES[index]!;
      expect(repairGbkShift(documentWith(index, garble(original, at, 'mark'))).lines[index]!.text).toBe(original);
    }
  });

  it('repairs several garbled lines in one file, each reported with its line', () => {
    const lines = asLines(TRADITIONAL_LINES);
    lines[1] = { line: 2, text: garble(TRADITIONAL_LINES[1]!, 2, 'mark') };
    lines[8] = { line: 9, text: garble(TRADITIONAL_LINES[8]!, 2, 'mark') };
    const file = new VFile();
    const result = repairGbkShift(lines, file);
    expect(result.lines.map((line) => line.text)).toEqual(TRADITIONAL_LINES);
    expect(result.repairs.map((repair) => repair.line)).toEqual([2, 9]);
    expect(file.messages.map((message) => message.line)).toEqual([2, 9]);
  });

  it('leaves normal text alone, rare characters, symbols and question marks included', () => {
    const normal = [
      ...TRADITIONAL_LINES,
      ...SIMPLIFIED_LINES,
      '本店招牌菜是饕餮拼盤,由主廚陳喆、李堃負責。',
      '員工張犇反饋:倉庫的鱻魚庫存不足??請盡快補貨。',
      '这是为什么?,请说明原因。',
      '离心泵采用Ω型密封圈,系数取α=0.85。',
      '日本客戶の訂單由外貿部跟進。',
      '考核指標KPI按月統計,Excel表格每周更新。',
      '??',
      '填表人:________ 日期:____年__月__日',
      '□ 同意 □ 不同意 ☑ 待定',
      '囧',
    ];
    const lines = asLines(normal);
    const file = new VFile();
    const result = repairGbkShift(lines, file);
    expect(result.repairs).toEqual([]);
    expect(file.messages).toEqual([]);
    expect(result.lines.map((line) => line.text)).toEqual(normal);
  });

  it('keeps hints and line numbers, and reuses unchanged lines', () => {
    const lines: SourceLine[] = [
      { line: 4, text: '崗位職責', hint: { heading: 2 } },
      { line: 7, text: garble('負責擬定酒店年度銷售計劃。', 0, 'mark'), hint: { listItem: { ordered: true, depth: 1 } } },
      { line: 9, text: '負責開發新客戶。' },
    ];
    const result = repairGbkShift(lines);
    expect(result.lines[0]).toBe(lines[0]);
    expect(result.lines[1]).toEqual({ line: 7, text: '負責擬定酒店年度銷售計劃。', hint: { listItem: { ordered: true, depth: 1 } } });
  });

  it('restores the full stop lost with the last character of a line (no stray ? or � for 。)', () => {
    // 客戶 is used elsewhere in the file, so the lost first character is supported; 。 ends the line.
    const original = TRADITIONAL_LINES[2]!; // 2、負責開發新客戶,維護老客戶,定期拜訪重要客戶。
    for (const questionMarks of [false, true]) {
      const damaged = garble(original, [...original].length - 2, 'mark', questionMarks);
      expect(damaged).toMatch(/客\?簟[?\uFFFD]$/);
      const file = new VFile();
      const { lines } = repairGbkShift(documentWith(2, damaged), file);
      expect(lines[2]!.text).toBe(original);
      expect(file.messages.filter((m) => m.ruleId === 'gbk-unrepaired')).toEqual([]);
    }
  });

  it('flags every spot it cannot repair with its line', () => {
    // 策略 occurs nowhere else in the file: the lost character cannot be chosen, so it is flagged, not guessed.
    const lines = asLines(TRADITIONAL_LINES);
    const third = TRADITIONAL_LINES[3]!;
    lines[3] = { line: 4, text: garble(third, [...third].length - 2, 'mark') };
    lines[1] = { line: 2, text: garble(TRADITIONAL_LINES[1]!, 2, 'mark') };
    const file = new VFile();
    const result = repairGbkShift(lines, file);
    expect(result.lines[1]!.text).toBe(TRADITIONAL_LINES[1]);
    const left = file.messages.filter((m) => m.ruleId === 'gbk-unrepaired');
    expect(left.map((m) => m.line)).toEqual([4]);
    expect(left[0]!.reason).toContain('第 4 行还有无法修复的错位乱码');
    expect(left[0]!.fatal).toBe(false);
  });

  it('does not flag ordinary question marks', () => {
    const file = new VFile();
    repairGbkShift(asLines([...TRADITIONAL_LINES, '遇到客戶投訴怎麼辦?請及時匯報。', '??', '這是為什麼??']), file);
    expect(file.messages).toEqual([]);
  });
});

