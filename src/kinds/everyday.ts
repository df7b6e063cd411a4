import type * as z from 'zod/mini';
import type { MessageId, Params } from '../i18n/index.js';
import { chineseEnumWord } from '../suggest.js';
import type { Path } from '../yaml/positions.js';

// Values as people write them, where the schema wants them another way: curly quotes around a
// value, full-width digits and operators from a Chinese keyboard, `88.4%` where a number belongs,
// `2026/12/19` for a date, `是` for true, `[BM-1，M-2]` for two ids, `护栏` for `guardrail`. A value
// is read this way only when it fails its schema as written and passes once read so: prose that
// is valid text is never touched.

export interface Everyday {
  msg: MessageId;
  params: Params;
  /** The YAML text that replaces the value. */
  fix: string;
}

interface Helpers {
  /** The value passes the schema. */
  accepts: (schema: z.ZodMiniType, value: unknown) => boolean;
  /** The enum words a schema allows (empty when it is not an enum). */
  words: (schema: z.ZodMiniType) => string[];
  /** The schema is an object (a mapping belongs here). */
  isObject: (schema: z.ZodMiniType) => boolean;
}

const CURLY = /^\s*[“‘"'「『](.*)[”’"'」』]\s*$/s;
const HAS_CURLY = /[“”‘’「」『』]/;
/** Full-width forms of ASCII (U+FF01–FF5E) and the ideographic space. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const PERCENT = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;
const DATE = /^(\d{4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})\s*日?$/;
const YES = new Set(['yes', 'y', '是', '对', '有']);
const NO = new Set(['no', 'n', '否', '不', '无']);
/** `id：REQ-1` where a mapping belongs. */
const KEY_COLON = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*：[ \t]*(.*)$/s;
const LIST_COMMA = /[，、]/;

function widen(s: string): string {
  return s.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** A value as YAML text: numbers and booleans bare, plain words bare, anything else in double quotes. */
export function yamlText(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return /^[A-Za-z][A-Za-z0-9_-]*$|^\d{4}-\d{2}-\d{2}$/.test(value) && !/^(?:true|false|null|yes|no|on|off|y|n|~)$/i.test(value) ? value : JSON.stringify(value);
}

function roundNumber(n: number): number {
  return Number(n.toPrecision(12));
}

/** The readings of a written text, in order: the text itself, a percent as a number, a date, a yes/no. */
function readings(text: string, field: string | number | undefined): { value: unknown; as: 'text' | 'percent' | 'rate' | 'date' | 'yesNo' }[] {
  const found: { value: unknown; as: 'text' | 'percent' | 'rate' | 'date' | 'yesNo' }[] = [{ value: text, as: 'text' }];
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) found.push({ value: Number(trimmed), as: 'text' });
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const n = Number(percent[1]);
    found.push(typeof field === 'string' && field.endsWith('_rate') ? { value: roundNumber(n / 100), as: 'rate' } : { value: n, as: 'percent' });
  }
  const date = DATE.exec(trimmed);
  if (date) found.push({ value: `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`, as: 'date' });
  const lower = trimmed.toLowerCase();
  if (YES.has(lower)) found.push({ value: true, as: 'yesNo' });
  if (NO.has(lower)) found.push({ value: false, as: 'yesNo' });
  return found;
}

/**
 * The everyday mistake a failing value at `path` is, with its fix: undefined when none explains it.
 * `element` is the schema of the value; `list` the schema of the list holding it, when it is an item.
 */
export function everydayMistake(value: unknown, path: Path, schema: z.ZodMiniType, helpers: Helpers): Everyday | undefined {
  if (typeof value !== 'string') return undefined;
  const field = path[path.length - 1];
  const key = KEY_COLON.exec(value);
  if (key && helpers.isObject(schema)) {
    return { msg: 'schema.fullWidthColon', params: { key: key[1]! }, fix: `${key[1]}: ${key[2]}` };
  }
  // `[BM-1，M-2]`: one item holding a full-width comma, where every part is a valid item on its own.
  if (typeof field === 'number' && LIST_COMMA.test(value)) {
    const parts = value.split(/\s*[，、]\s*/).map((p) => p.trim());
    if (parts.every((p) => p !== '' && helpers.accepts(schema, p))) {
      const char = LIST_COMMA.exec(value)![0];
      return { msg: 'schema.listComma', params: { value, char, fixed: parts.join(', ') }, fix: parts.map(yamlText).join(', ') };
    }
  }
  const curly = HAS_CURLY.test(value) ? CURLY.exec(value) : null;
  const unquoted = curly ? curly[1]! : value;
  const widened = widen(unquoted);
  for (const reading of readings(widened, field)) {
    if (reading.as === 'text' && !curly && widened === value) continue;
    if (!helpers.accepts(schema, reading.value)) continue;
    const fixed = yamlText(reading.value);
    if (curly) return { msg: 'schema.curlyQuotes', params: { value, fixed }, fix: fixed };
    if (widened !== unquoted) {
      const chars = [...new Set(unquoted.match(FULL_WIDTH) ?? [])].join(' ');
      return { msg: 'schema.fullWidth', params: { value, chars, fixed }, fix: fixed };
    }
    const msg = ({ percent: 'schema.percentNumber', rate: 'schema.percentRate', date: 'schema.dateForm', yesNo: 'schema.yesNo', text: 'schema.invalid' } as const)[reading.as];
    return { msg, params: { value, fixed, field: String(field) }, fix: fixed };
  }
  // `护栏` for `guardrail`: a Chinese word for one of the enum's values.
  const words = helpers.words(schema);
  const word = words.length > 0 ? chineseEnumWord(value.trim(), words) : undefined;
  if (word) return { msg: 'schema.enum', params: { values: words.join(' | '), suggestion: word }, fix: yamlText(word) };
  return undefined;
}
