/**
 * References derived from the schemas' ref() metadata find exactly what the
 * checker's hand-written list finds, on every entry of the demo handbook, plus
 * `supersedes` outside policies (the hand-written list checks it for policies only).
 */
import { describe, expect, it } from 'vitest';
import { referencesOf } from '../../../src/lib/collections/references.ts';
import { checkHandbook } from '../../../src/lib/content/check.ts';
import { referencesOf as handWritten } from '../../../src/lib/content/references.ts';

const { entries } = checkHandbook('content', { today: '2026-11-22' });

const key = (ref: { path: (string | number)[]; target: string; id: string }) => `${ref.path.join('.')}→${ref.target}:${ref.id}`;

describe('references derived from the schemas', () => {
  it('match the checker’s hand-written list on the demo handbook', () => {
    expect(entries.length).toBeGreaterThan(20);
    for (const entry of entries) {
      const derived = referencesOf(entry.collection, entry.data).filter((ref) => entry.collection === 'policies' || ref.path[0] !== 'supersedes');
      expect(derived.map(key).sort(), `${entry.collection}/${entry.id}`).toEqual(handWritten(entry.collection, entry.data).map(key).sort());
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
