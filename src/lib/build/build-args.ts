/**
 * The arguments of `npm run build`: `--out <folder>` (or `--out=<folder>`) is
 * ours, everything else goes to `astro build` exactly as it was typed —
 * `--mode=production`, option values and a `--` stay intact.
 */
import { parseArgs } from 'node:util';

export type BuildArgs =
  | { ok: true; out?: string | undefined; astroArgs: string[] }
  | { ok: false; message: string };

/** Splits the command line (without node and script) into the output folder and `astro build`'s arguments. */
export function splitBuildArgs(args: readonly string[]): BuildArgs {
  const { tokens } = parseArgs({ args: [...args], options: { out: { type: 'string' } }, strict: false, allowPositionals: true, tokens: true });
  const ours = tokens.filter((token) => token.kind === 'option' && token.name === 'out');
  if (ours.some((token) => token.kind === 'option' && typeof token.value !== 'string')) {
    return { ok: false, message: '--out 后面要写输出文件夹,例如 npm run build -- --out site' };
  }
  // Drop the --out words by position (its value is the next word unless written --out=…); the rest is astro's.
  const dropped = new Set(ours.flatMap((token) => (token.kind === 'option' && !token.inlineValue ? [token.index, token.index + 1] : [token.index])));
  const last = ours.at(-1);
  return { ok: true, out: last?.kind === 'option' ? last.value : undefined, astroArgs: args.filter((_, index) => !dropped.has(index)) };
}
