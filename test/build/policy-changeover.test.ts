/**
 * A policy changeover built before and on the new version's effective date:
 * HR published the new version ahead of time and left the old one active (as
 * the checker advises). Each page names and links the other, lists and print
 * follow, and the change feed takes its address from site.yaml.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureWith } from '../support/fixture.ts';
import { astroBuild } from '../support/run-astro.ts';

const BEFORE = '2026-12-15';
const ON = '2027-01-01';
const builds: Record<string, { dir: string; stdout: string }> = {};

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const read = (date: string, path: string) => readFileSync(join(builds[date]!.dir, path), 'utf8');

beforeAll(() => {
  const content = fixtureWith([
    { file: 'policies/kaohe.mdx', replace: 'effective: 2026-01-01', with: `effective: ${ON}` },
    { file: 'policies/kaohe-old.mdx', replace: 'status: superseded', with: 'status: active' },
  ]);
  const withUrl = fixtureWith([
    { file: 'policies/kaohe.mdx', replace: 'effective: 2026-01-01', with: `effective: ${ON}` },
    { file: 'policies/kaohe-old.mdx', replace: 'status: superseded', with: 'status: active' },
    { file: 'site.yaml', replace: 'title:', with: 'url: https://handbook.example.com/\ntitle:' },
  ]);
  for (const [date, dir] of [[BEFORE, content], [ON, withUrl]] as const) {
    const out = join(mkdtempSync(join(tmpdir(), 'changeover-')), 'site');
    const env: Record<string, string> = { HANDBOOK_CONTENT_DIR: dir, HANDBOOK_OUT_DIR: out, HANDBOOK_BUILD_DATE: date, SITE_URL: '' };
    const result = astroBuild(env);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    builds[date] = { dir: out, stdout: result.stdout + result.stderr };
  }
});

describe('before the new version takes effect', () => {
  it('keeps the old version in force and links the new one with its date', () => {
    const old = read(BEFORE, 'policies/kaohe-old/index.html');
    expect(old).toContain('data-lifecycle="in-force"');
    expect(text(old)).toContain('现行,将于 2027年1月1日 由《考核办法》替代。');
    expect(old).toMatch(/data-lifecycle-note="in-force">[\s\S]*?<a href="\/policies\/kaohe\/"[^>]*>《考核办法》<\/a>/);
    expect(text(old)).toContain(`状态按 ${BEFORE} 构建时计算`);
  });
  it('shows the new version as not yet in force, pointing at the old version in force', () => {
    const now = read(BEFORE, 'policies/kaohe/index.html');
    expect(now).toContain('data-lifecycle="pending"');
    expect(text(now)).toContain('尚未生效,2027年1月1日起施行,在此之前执行《考核办法(旧版)》。');
    expect(now).toMatch(/data-lifecycle-note="pending">[\s\S]*?<a href="\/policies\/kaohe-old\/"[^>]*>《考核办法\(旧版\)》<\/a>/);
    expect(text(now)).not.toContain('原规定');
  });
  it('lists both under 现行制度 and prints both', () => {
    const list = read(BEFORE, 'policies/index.html');
    const current = list.slice(list.indexOf('id="current"'), list.indexOf('id="superseded"') >>> 0);
    expect(current).toContain('href="/policies/kaohe-old/"');
    expect(current).toContain('href="/policies/kaohe/"');
    expect(list).not.toContain('id="superseded"');
    const print = read(BEFORE, 'print/yunying/index.html');
    expect(print).toContain('>考核办法(旧版)</h1>');
    expect(print).toContain('>考核办法</h1>');
  });
  it('writes the feed with relative links and says why at build time', () => {
    const feed = read(BEFORE, 'changes.xml');
    expect(feed).not.toContain('localhost');
    expect(feed).toMatch(/<link rel="alternate" type="text\/html" href="\/changes\/"\/>/);
    expect(builds[BEFORE]!.stdout).toContain('修订订阅(changes.xml)不知道网站地址');
  });
});

describe('on the new version\'s effective date', () => {
  it('shows the old version as replaced, linking the new one', () => {
    const old = read(ON, 'policies/kaohe-old/index.html');
    expect(old).toContain('data-lifecycle="replaced"');
    expect(text(old)).toContain('已被《考核办法》替代(自 2027年1月1日 起)');
    expect(text(old)).not.toContain('将于');
  });
  it('shows the new version in force, without a pending note', () => {
    const now = read(ON, 'policies/kaohe/index.html');
    expect(now).toContain('data-lifecycle="in-force"');
    expect(now).not.toContain('data-lifecycle-note');
    expect(text(now)).not.toContain('尚未生效');
  });
  it('moves the old version to the retired list and out of the print book', () => {
    const list = read(ON, 'policies/index.html');
    expect(list.slice(list.indexOf('id="superseded"'))).toContain('href="/policies/kaohe-old/"');
    expect(read(ON, 'print/yunying/index.html')).not.toContain('>考核办法(旧版)</h1>');
  });
  it('writes absolute feed links from site.yaml\'s url', () => {
    const feed = read(ON, 'changes.xml');
    expect(feed).toContain('href="https://handbook.example.com/changes/"');
    expect(builds[ON]!.stdout).not.toContain('不知道网站地址');
  });
});
