import { describe, expect, it, vi } from 'vitest';

// Counts how often the Hong Kong rules are set up (the costly part of the calendars).
const setups = vi.hoisted(() => ({ count: 0 }));
vi.mock('date-holidays', async (importOriginal) => {
  const Real = (await importOriginal<typeof import('date-holidays')>()).default;
  class Counted extends Real {
    constructor(...args: ConstructorParameters<typeof Real>) {
      super(...args);
      setups.count++;
    }
  }
  return { default: Counted };
});

const { holidayCalendars } = await import('../../../src/lib/reports/holiday-data.ts');

describe('holidayCalendars', () => {
  it('computes Hong Kong only when it is read, once, and serialises both for the browser', () => {
    const calendars = holidayCalendars();
    expect(calendars.CN?.holidays['2026-10-05']).toBe('国庆节');
    expect(setups.count).toBe(0);
    expect(calendars.HK?.holidays['2026-07-01']).toContain('香港特別行政區成立紀念日');
    expect(holidayCalendars().HK).toBe(calendars.HK);
    expect(setups.count).toBe(1);
    const json = JSON.parse(JSON.stringify({ calendars }));
    expect(Object.keys(json.calendars)).toEqual(['CN', 'HK']);
    expect(json.calendars.HK.holidays['2026-07-01']).toBe(calendars.HK!.holidays['2026-07-01']);
  });
});
