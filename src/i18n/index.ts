import { en, type MessageId } from './en.js';
import { zh } from './zh.js';

export type { MessageId };
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** A parameter is text, a number, or another message to be worded in the same language. */
export type Param = string | number | undefined | { msg: MessageId };
export type Params = Readonly<Record<string, Param>>;
/** Text given in both languages (rule metadata, kind titles). */
export type Localized = Readonly<Record<Lang, string>>;

const catalogues: Record<Lang, Record<MessageId, string>> = { en, zh };

/**
 * The message `id` in `lang`, with `{name}` placeholders filled from `params`. `{hint}` is derived:
 * "; did you mean `x`?" when params has a `suggestion`, else nothing.
 */
export function t(lang: Lang, id: MessageId, params: Params = {}): string {
  const catalogue = catalogues[lang];
  const template = Object.hasOwn(catalogue, id) ? catalogue[id] : id.slice(id.lastIndexOf('.') + 1);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'hint' && !Object.hasOwn(params, 'hint')) {
      return typeof params.suggestion === 'string' ? t(lang, 'hint', { suggestion: params.suggestion }) : '';
    }
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === 'object' ? t(lang, value.msg) : String(value);
  });
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** A language for messages printed before any aipm.yaml was read. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** "1 error", "3 errors", "3 个错误": a count with its noun. */
export function count(lang: Lang, noun: 'error' | 'warning' | 'file' | 'document', n: number): string {
  return t(lang, `count.${noun}.${n === 1 ? 'one' : 'other'}`, { n });
}
