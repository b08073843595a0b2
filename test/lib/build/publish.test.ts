import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { isOwnSite, SITE_STAMP, siteStamp } from '../../../src/lib/build/output-folder.ts';
import { createStaging, discardStaging, isStaging, publishStaging, removeStaleStaging } from '../../../src/lib/build/publish.ts';

let parent: string;
let out: string;

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'publish-'));
  out = join(parent, 'dist');
});

/** A previous site in `out`, as an earlier build left it. */
function oldSite(): void {
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'old');
  writeFileSync(join(out, SITE_STAMP), siteStamp());
}

describe('publishing a staging folder', () => {
  it('stages beside the output folder and swaps the finished site in, stamped, with nothing left over', () => {
    oldSite();
    const staging = createStaging(out);
    expect(isStaging(staging)).toBe(true);
    expect(join(staging, '..')).toBe(parent);
    writeFileSync(join(staging, 'index.html'), 'new');
    publishStaging(staging, out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(isOwnSite(out)).toBe(true);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readdirSync(out).sort()).toEqual([SITE_STAMP, 'index.html']);
  });

  it('publishes into a folder that does not exist yet', () => {
    const staging = createStaging(out);
    writeFileSync(join(staging, 'index.html'), 'first');
    publishStaging(staging, out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('first');
  });

  it('leaves the previous site untouched when a build is discarded', () => {
    oldSite();
    const staging = createStaging(out);
    writeFileSync(join(staging, 'index.html'), 'half');
    discardStaging(staging);
    expect(existsSync(staging)).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
  });

  it('does not replace a folder someone filled with other files while the build ran', () => {
    const staging = createStaging(out);
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect(() => publishStaging(staging, out)).toThrow(/别的文件/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(staging)).toBe(true);
  });

  it('still discards a staging folder whose contents Astro emptied when it started', () => {
    oldSite();
    const staging = createStaging(out);
    for (const name of readdirSync(staging)) rmSync(join(staging, name), { recursive: true, force: true });
    writeFileSync(join(staging, 'index.html'), 'half');
    discardStaging(staging);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('never discards a folder that is not a staging folder', () => {
    oldSite();
    discardStaging(out);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});

describe('removeStaleStaging', () => {
  it('removes staging folders of builds that no longer run, and nothing else', () => {
    const dead = join(parent, '.dist.building-dead');
    mkdirSync(dead);
    // A pid far above any real one: that process is not running.
    writeFileSync(`${dead}.owner.json`, JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const running = createStaging(out);
    const lookalike = join(parent, '.dist.building-someone-elses');
    mkdirSync(lookalike);
    writeFileSync(join(lookalike, 'thesis.docx'), '');
    const removed = removeStaleStaging(out);
    expect(removed).toEqual([dead]);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(join(lookalike, 'thesis.docx'))).toBe(true);
  });
});
