import { describe, expect, it } from 'vitest';
import { descendants, measureProcess, parseStat } from '../../../src/lib/bench/measure-process.ts';

describe('parseStat', () => {
  it('reads parent, CPU ticks and RSS even when the command name has spaces and parentheses', () => {
    const fields = ['S', '41', ...Array(9).fill('0'), '120', '30', '500', '70', ...Array(6).fill('0'), '2048'];
    expect(parseStat(`1234 (my (odd) cmd) ${fields.join(' ')}`)).toEqual({ ppid: 41, utime: 120, stime: 30, cutime: 500, cstime: 70, rssPages: 2048 });
  });
});

describe('descendants', () => {
  it('walks a process tree from its root', () => {
    const tree = new Map([[1, { ppid: 0 }], [10, { ppid: 1 }], [11, { ppid: 10 }], [12, { ppid: 10 }], [20, { ppid: 1 }], [13, { ppid: 12 }]]);
    expect(descendants(10, tree).sort()).toEqual([10, 11, 12, 13]);
  });
});

describe('measureProcess', () => {
  it('adds up the CPU time and memory of a command and its child processes', async () => {
    // The parent holds ~200 MB and uses 0.6 s of CPU; its child holds ~150 MB and uses 0.6 s of CPU meanwhile.
    const spin = 'while(process.cpuUsage().user+process.cpuUsage().system<600e3);';
    const child = `const b=Buffer.alloc(150e6,1);${spin}console.log(b[1])`;
    const parent = `const {spawn}=require('node:child_process');const b=Buffer.alloc(200e6,1);const c=spawn(process.execPath,['-e',${JSON.stringify(child)}],{stdio:'inherit'});${spin}c.on('exit',(code)=>{console.log('done',b[0]);process.exit(code)})`;
    const lines: string[] = [];
    const result = await measureProcess(process.execPath, ['-e', parent], { onLine: (l) => lines.push(l), sampleMs: 50 });
    expect(result.exitCode).toBe(0);
    expect(lines).toEqual(['1', 'done 1']);
    expect(result.cpuSeconds).toBeGreaterThan(1.0);
    expect(result.peakRssBytes).toBeGreaterThan(350e6);
    expect(result.wallSeconds).toBeGreaterThan(0.3);
  });

  it('reports the exit code of a failing command', async () => {
    const result = await measureProcess(process.execPath, ['-e', 'process.exit(3)']);
    expect(result.exitCode).toBe(3);
  });
});
