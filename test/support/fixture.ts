/** Copies of the small fixture handbook, changed to hold one mistake each. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURE = resolve(import.meta.dirname, '../fixtures/handbook');

export type Change =
  | { file: string; replace: string; with: string }
  | { file: string; write: string };

/** A fresh copy of the fixture handbook with `changes` applied; returns its folder. */
export function fixtureWith(changes: readonly Change[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const change of changes) {
    const path = join(dir, change.file);
    if ('write' in change) {
      writeFileSync(path, change.write);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    if (!text.includes(change.replace)) throw new Error(`fixture ${change.file} has no “${change.replace}”`);
    writeFileSync(path, text.replace(change.replace, change.with));
  }
  return dir;
}
