/**
 * Runs a command and measures it as a whole process tree (Linux /proc):
 * wall time, CPU time (user + sys of the command and every descendant) and
 * peak resident memory (the sum of the tree's RSS, sampled), so helper
 * binaries such as Pagefind's indexer count too.
 */
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ProcessMeasurement {
  exitCode: number | null;
  wallSeconds: number;
  /** user + sys of the whole tree, in seconds. */
  cpuSeconds: number;
  /** Highest sum of the tree's resident set sizes seen, in bytes. */
  peakRssBytes: number;
  /** The command's standard output and error, interleaved, line by line. */
  output: string[];
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called with every line the command prints. */
  onLine?: (line: string) => void;
  /** Interval between memory samples; default 100 ms. */
  sampleMs?: number;
  /** Called after every sample with the tree's current RSS (bytes) and the seconds since the start. */
  onSample?: (rssBytes: number, seconds: number) => void;
}

const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const PAGE_SIZE = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
  } catch {
    return 4096;
  }
})();

/** Fields of /proc/<pid>/stat after the command name; index 0 is field 3 (state). */
export function parseStat(stat: string): { ppid: number; utime: number; stime: number; cutime: number; cstime: number; rssPages: number } | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  const f = stat.slice(close + 2).split(' ').map(Number);
  return { ppid: f[1]!, utime: f[11]!, stime: f[12]!, cutime: f[13]!, cstime: f[14]!, rssPages: f[21]! };
}

interface Sample {
  ppid: number;
  cpuTicks: number;
  rssBytes: number;
}

/** One snapshot of every process on the machine. */
function snapshot(): Map<number, Sample> {
  const processes = new Map<number, Sample>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) processes.set(Number(name), { ppid: stat.ppid, cpuTicks: stat.utime + stat.stime, rssBytes: stat.rssPages * PAGE_SIZE });
    } catch {
      // the process ended while we looked
    }
  }
  return processes;
}

/** `root` and all its descendants in a snapshot. */
export function descendants(root: number, processes: ReadonlyMap<number, { ppid: number }>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of processes) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (!processes.has(pid)) continue;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Runs `command args…` under a small shell that, once the command has
 * exited, reports its own children's CPU time (which includes every
 * descendant that was waited for). Memory is sampled meanwhile; CPU time of
 * descendants that were never waited for is taken from the samples.
 */
export function measureProcess(command: string, args: readonly string[], options: MeasureOptions = {}): Promise<ProcessMeasurement> {
  const script = '"$@"; s=$?; read -r stat < /proc/$$/stat; echo "$stat" >&3; exit $s';
  const started = performance.now();
  const child = spawn('/bin/sh', ['-c', script, 'sh', command, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const collect = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      options.onLine?.(line);
    });
  collect(child.stdout!);
  collect(child.stderr!);
  let shellStat = '';
  (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk) => (shellStat += String(chunk)));

  let peakRssBytes = 0;
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    const processes = snapshot();
    let rss = 0;
    for (const pid of descendants(child.pid!, processes)) {
      const p = processes.get(pid)!;
      rss += p.rssBytes;
      if (pid !== child.pid) cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, p.cpuTicks));
    }
    peakRssBytes = Math.max(peakRssBytes, rss);
    options.onSample?.(rss, (performance.now() - started) / 1000);
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);
  sample();

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      const waited = parseStat(shellStat.trim());
      const waitedTicks = waited ? waited.cutime + waited.cstime : 0;
      const sampledTicks = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      resolve({ exitCode, wallSeconds, cpuSeconds: Math.max(waitedTicks, sampledTicks) / TICKS, peakRssBytes, output });
    });
  });
}
