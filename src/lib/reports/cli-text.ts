/**
 * Chinese wording shared by the report scripts (`npm run new`, `npm run
 * export`): Node's argument parser and the prompt library speak English, the
 * people running the scripts read Chinese.
 */

/** Node's `parseArgs` error as a Chinese sentence naming the option or argument. */
export function argsErrorMessage(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(message ?? '')?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `不认识的选项 ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message ?? '') ? `选项 ${option} 后面不用写值` : `选项 ${option} 后面缺少值`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数“${quoted}”:本命令的每个值都要写在选项后面,例如 --role ${quoted}`;
    default:
      return `命令行参数有误:${message ?? String(error)}`;
  }
}

/** Footer shown under a list prompt (the library's own footer is English and is turned off). */
export const SELECT_KEYS_HINT = '↑↓ 选择,回车确认';

/** Texts the prompt library shows on its own. */
export const PROMPT_MESSAGES = { cancel: '已取消', error: '出错了' } as const;
