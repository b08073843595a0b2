import { describe, expect, it } from 'vitest';
import { lifecycleOf, type LifecycleEntry } from '../../../src/lib/handbook/lifecycle.ts';

const OLD: LifecycleEntry = { id: 'old', status: 'active', effective: '2024-01-01' };
const NEW: LifecycleEntry = { id: 'new', status: 'active', effective: '2027-01-01', supersedes: 'old' };

describe('lifecycle state on a date', () => {
  it('keeps the old version in force until the successor takes effect, and points each at the other', () => {
    const life = lifecycleOf([OLD, NEW]);
    expect(life.stateOf('old', '2026-12-31')).toEqual({ kind: 'in-force', successor: 'new', until: '2027-01-01' });
    expect(life.stateOf('new', '2026-12-31')).toEqual({ kind: 'pending', effective: '2027-01-01', inForce: 'old' });
  });

  it('switches on the successor\'s effective date itself', () => {
    const life = lifecycleOf([OLD, NEW]);
    expect(life.stateOf('old', '2027-01-01')).toEqual({ kind: 'replaced', successor: 'new', since: '2027-01-01', current: 'new' });
    expect(life.stateOf('new', '2027-01-01')).toEqual({ kind: 'in-force' });
  });

  it('treats an old version HR already marked superseded as in force until the successor starts', () => {
    const life = lifecycleOf([{ ...OLD, status: 'superseded' }, NEW]);
    expect(life.stateOf('old', '2026-06-01').kind).toBe('in-force');
    expect(life.stateOf('new', '2026-06-01')).toMatchObject({ kind: 'pending', inForce: 'old' });
    expect(life.stateOf('old', '2027-02-01').kind).toBe('replaced');
  });

  it('follows a chain to the version in force, and back past versions not yet in force', () => {
    const v1: LifecycleEntry = { id: 'v1', status: 'superseded', effective: '2024-01-01' };
    const v2: LifecycleEntry = { id: 'v2', status: 'active', effective: '2025-01-01', supersedes: 'v1' };
    const v3: LifecycleEntry = { id: 'v3', status: 'active', effective: '2026-01-01', supersedes: 'v2' };
    const v4: LifecycleEntry = { id: 'v4', status: 'active', effective: '2027-01-01', supersedes: 'v3' };
    const life = lifecycleOf([v1, v2, v3, v4]);
    expect(life.stateOf('v1', '2026-06-01')).toEqual({ kind: 'replaced', successor: 'v2', since: '2025-01-01', current: 'v3' });
    expect(life.stateOf('v2', '2026-06-01')).toEqual({ kind: 'replaced', successor: 'v3', since: '2026-01-01', current: 'v3' });
    expect(life.stateOf('v3', '2026-06-01')).toEqual({ kind: 'in-force', successor: 'v4', until: '2027-01-01' });
    expect(life.stateOf('v4', '2026-06-01')).toEqual({ kind: 'pending', effective: '2027-01-01', inForce: 'v3' });
    // Two future versions: the later one is preceded, today, by the one in force.
    const early = lifecycleOf([v2, v3, v4]);
    expect(early.stateOf('v4', '2024-06-01')).toEqual({ kind: 'pending', effective: '2027-01-01', inForce: undefined });
    expect(early.stateOf('v4', '2025-06-01')).toEqual({ kind: 'pending', effective: '2027-01-01', inForce: 'v2' });
    expect(early.stateOf('v1', '2025-06-01').kind).toBe('repealed');
  });

  it('keeps drafts and archived entries out of the chain', () => {
    const life = lifecycleOf([OLD, { ...NEW, status: 'draft', effective: '2026-01-01' }]);
    expect(life.stateOf('old', '2026-06-01')).toEqual({ kind: 'in-force' });
    expect(life.stateOf('new', '2026-06-01')).toEqual({ kind: 'draft' });
    expect(life.successorOf('old')).toBeUndefined();
    const archived = lifecycleOf([{ ...OLD, status: 'archived' }, NEW]);
    expect(archived.stateOf('old', '2026-06-01')).toEqual({ kind: 'archived' });
    expect(archived.stateOf('new', '2026-06-01')).toEqual({ kind: 'pending', effective: '2027-01-01', inForce: undefined });
  });

  it('calls a superseded version without a successor repealed, and a missing id too', () => {
    const life = lifecycleOf([{ ...OLD, status: 'superseded' }, { id: 'other', status: 'active', supersedes: 'gone' }]);
    expect(life.stateOf('old', '2026-06-01')).toEqual({ kind: 'repealed' });
    expect(life.stateOf('other', '2026-06-01')).toEqual({ kind: 'in-force' });
    expect(life.predecessorOf('other')).toBeUndefined();
    expect(life.stateOf('nobody', '2026-06-01')).toEqual({ kind: 'repealed' });
  });

  it('uses the earliest successor when two claim the same version, and survives loops', () => {
    const late: LifecycleEntry = { id: 'late', status: 'active', effective: '2027-06-01', supersedes: 'old' };
    expect(lifecycleOf([OLD, late, NEW]).successorOf('old')).toBe('new');
    const a: LifecycleEntry = { id: 'a', status: 'active', effective: '2026-01-01', supersedes: 'b' };
    const b: LifecycleEntry = { id: 'b', status: 'active', effective: '2026-02-01', supersedes: 'a' };
    const loop = lifecycleOf([a, b]);
    expect(loop.stateOf('a', '2026-03-01')).toMatchObject({ kind: 'replaced', successor: 'b', current: undefined });
    expect(loop.stateOf('b', '2025-03-01')).toMatchObject({ kind: 'pending', inForce: undefined });
    expect([loop.stateOf('a', '2026-03-01'), loop.stateOf('b', '2026-03-01')].some((state) => state.kind === 'in-force')).toBe(false);
  });

  it('puts an entry without an effective date in force at once', () => {
    expect(lifecycleOf([{ id: 'x', status: 'active' }]).stateOf('x', '2000-01-01')).toEqual({ kind: 'in-force' });
  });
});
