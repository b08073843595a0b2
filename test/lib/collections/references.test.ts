/**
 * References are derived from the schemas' ref() metadata (the checker's
 * hand-written list they replaced is gone): on the demo handbook they cover
 * every kind of reference field, and each names an existing entry.
 */
import { describe, expect, it } from 'vitest';
import { referencesOf } from '../../../src/lib/collections/references.ts';
import { checkHandbook } from '../../../src/lib/content/check.ts';

const { entries } = checkHandbook('content', { today: '2026-11-22' });

const key = (ref: { path: (string | number)[]; target: string; id: string }) => `${ref.path.join('.')}→${ref.target}:${ref.id}`;

describe('references derived from the schemas', () => {
  it('find every kind of reference the demo handbook makes, each naming an entry that exists', () => {
    expect(entries.length).toBeGreaterThan(20);
    const ids = new Set(entries.map((entry) => `${entry.collection}:${entry.id}`));
    const fields = new Set<string>();
    for (const entry of entries) {
      for (const ref of referencesOf(entry.collection, entry.data)) {
        expect(ids.has(`${ref.target}:${ref.id}`), `${entry.collection}/${entry.id} ${ref.path.join('.')}`).toBe(true);
        fields.add(`${entry.collection}.${ref.path.filter((p) => typeof p === 'string').join('.')}`);
      }
    }
    for (const field of ['roles.department', 'roles.reportsTo', 'roles.owner', 'departments.head', 'procedures.steps.actors', 'procedures.participants', 'policies.supersedes', 'reports.role']) {
      expect(fields, field).toContain(field);
    }
  });

  it('follow lists and nested steps, and include supersedes', () => {
    const refs = referencesOf('procedures', {
      owner: 'a',
      department: 'd',
      steps: [{ actors: ['x', 'y'], action: '…' }],
      branches: [{ condition: '…', steps: [{ actors: ['z'], approval: 'w' }] }],
      escalation: [{ condition: '…', to: 'v' }],
      supersedes: 'old',
    });
    expect(refs.map(key)).toEqual([
      'department→departments:d',
      'steps.0.actors.0→roles:x',
      'steps.0.actors.1→roles:y',
      'branches.0.steps.0.actors.0→roles:z',
      'branches.0.steps.0.approval→roles:w',
      'escalation.0.to→roles:v',
      'owner→roles:a',
      'supersedes→procedures:old',
    ]);
  });
});
