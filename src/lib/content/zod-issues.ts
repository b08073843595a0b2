/**
 * The one place where schema (zod) issues become Chinese sentences, for the
 * checker, `content/site.yaml` and the importer.
 *
 * The schemas carry hand-written Chinese messages for the mistakes authors
 * usually make; those are kept. Every other issue — zod's built-in English
 * ("Invalid input: expected string, received undefined") — is explained from
 * its code, so no author ever reads English.
 */
import type { z } from 'astro/zod';
import { fieldLabel } from './field-labels.ts';

type Issue = z.core.$ZodIssue;

const CJK = /[\u3400-\u9fff]/;

const TYPE_NAMES: Record<string, string> = {
  string: '文字', number: '数字', int: '整数', boolean: 'true 或 false', array: '列表(每项以 - 开头)',
  object: '一组字段(字段名: 值)', date: '日期', bigint: '整数', null: '空值', undefined: '不填', nan: '非数字',
  symbol: '符号', function: '函数', map: '一组字段', set: '列表', literal: '固定的值', unknown: '值', never: '不填',
};

/** How an input of the given JavaScript value reads to an author. */
function describeInput(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  if (typeof input === 'object') return '一组字段';
  if (typeof input === 'string') return `文字“${input.length > 20 ? `${input.slice(0, 20)}…` : input}”`;
  if (typeof input === 'number') return `数字 ${input}`;
  if (typeof input === 'boolean') return String(input);
  return typeof input;
}

function sizeWords(origin: string, bound: number | bigint, inclusive: boolean | undefined, direction: 'min' | 'max'): string {
  const n = Number(bound);
  const compare = direction === 'min' ? (inclusive === false ? '大于' : '不少于') : inclusive === false ? '小于' : '不超过';
  switch (origin) {
    case 'string':
      if (direction === 'min' && n === 1) return '不能为空';
      return `长度应${compare} ${n} 个字`;
    case 'array':
    case 'set':
      if (direction === 'min' && n === 1) return '至少要有一项';
      return `应${compare} ${n} 项`;
    case 'date':
      return `日期应${direction === 'min' ? '不早于' : '不晚于'} ${String(bound)}`;
    default:
      return `应${direction === 'min' ? (inclusive === false ? '大于' : '不小于') : compare} ${n}`;
  }
}

/**
 * One zod issue in plain Chinese. A missing required field names the field's
 * Chinese label, in the words of `collection` (`roles`, `site` …) when given.
 */
export function explainIssue(issue: Issue, collection?: string): string {
  const label = fieldLabel(issue.path, collection);
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return label ? `缺少这个必填项:${label}` : '缺少这个必填项';
  }
  if (issue.code === 'unrecognized_keys') return `不认识的字段:${issue.keys.join('、')}(请检查拼写)`;
  if (CJK.test(issue.message)) return issue.message;
  const what = label ? `${label}` : '这个值';
  switch (issue.code) {
    case 'invalid_type':
      return `${what}应为${TYPE_NAMES[issue.expected] ?? issue.expected},这里写的是${describeInput(issue.input)}`;
    case 'too_small':
      return `${what}${sizeWords(issue.origin, issue.minimum, issue.inclusive, 'min')}`;
    case 'too_big':
      return `${what}${sizeWords(issue.origin, issue.maximum, issue.inclusive, 'max')}`;
    case 'invalid_format':
      return `${what}的写法不对${issue.format === 'regex' ? '' : `(应为 ${issue.format} 格式)`}`;
    case 'not_multiple_of':
      return `${what}应为 ${String(issue.divisor)} 的整数倍`;
    case 'invalid_value':
      return `${what}只能是:${issue.values.map(String).join(' / ')}`;
    case 'invalid_union':
      return `${what}的写法不对,请对照编写指南(/guide/)里的例子`;
    case 'invalid_key':
      return `${what}里有写法不对的字段名`;
    case 'invalid_element':
      return `${what}里有写法不对的项`;
    case 'custom':
    default:
      return `${what}的值不对,请对照编写指南(/guide/)检查`;
  }
}
