/**
 * Invisible control characters in text that people typed or pasted.
 *
 * Characters U+0000–U+001F (except tab, line feed and carriage return) and
 * U+007F are not allowed in YAML and break MDX and Word output; U+2028 and
 * U+2029 (line and paragraph separators) look like nothing in an editor but
 * end lines in some programs and not in others. They usually arrive by copying
 * from another program. Refused in content files and at every input of
 * `npm run new` and the /new/ form.
 */

/** Matches one refused control character. */
export const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029]/;

const NAMES: Record<number, string> = {
  0x00: '空字符', 0x07: '响铃', 0x08: '退格', 0x0b: '垂直制表符', 0x0c: '换页符', 0x1b: '转义符',
  0x7f: '删除符', 0x2028: '行分隔符', 0x2029: '段分隔符',
};

/** `U+0008(退格)`: how a control character is named in messages. */
export function nameControlChar(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[code] ? `${hex}(${NAMES[code]})` : `${hex}(控制字符)`;
}

/** The first refused control character in `text`, or undefined. */
export function findControlChar(text: string): string | undefined {
  return CONTROL_CHAR.exec(text)?.[0];
}

/** Every line (1-based, counted from `firstLine`) that holds a refused control character, with the first one found there. */
export function controlCharLines(text: string, firstLine = 1): { line: number; char: string }[] {
  const found: { line: number; char: string }[] = [];
  text.split('\n').forEach((lineText, i) => {
    const char = findControlChar(lineText);
    if (char !== undefined) found.push({ line: firstLine + i, char });
  });
  return found;
}

/** Message for a value typed by a person (`what` names the input, e.g. 撰写人姓名), or undefined when it is clean. */
export function controlCharInputError(what: string, value: string): string | undefined {
  const char = findControlChar(value);
  return char === undefined
    ? undefined
    : `${what}里有看不见的控制字符 ${nameControlChar(char)},通常是从别的软件复制时带进来的。请删掉后重新输入`;
}

/** Message for a content line holding a control character. */
export function controlCharContentMessage(char: string): string {
  return `这一行有看不见的控制字符 ${nameControlChar(char)},网站和 Word 文档无法正确显示它。通常是从别的软件复制时带进来的:请删掉这个字符(可以把这一行删掉后重新输入)`;
}
