import { en, type MessageId } from './en.js';
import { zh } from './zh.js';

export type { MessageId };
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/**
 * A parameter is text, a number, another message (of the same catalogue) worded in the same
 * language, or text given in both languages (what a kind declares an item is called).
 */
export type Param<M extends string = MessageId> = string | number | undefined | { msg: M } | Localized;
export type Params<M extends string = MessageId> = Readonly<Record<string, Param<M>>>;
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
  return formatMessage(lang, template, params, (nested) => t(lang, nested));
}

/**
 * Fills `{name}` placeholders of a message template. A nested message parameter is worded by
 * `word` (the catalogue the template comes from: the built-in one, or a rule's own messages).
 */
export function formatMessage<M extends string>(lang: Lang, template: string, params: Params<M>, word: (id: M) => string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'hint' && !Object.hasOwn(params, 'hint')) {
      return typeof params.suggestion === 'string' ? t(lang, 'hint', { suggestion: params.suggestion }) : '';
    }
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    if (typeof value !== 'object') return String(value);
    return 'msg' in value ? word(value.msg) : value[lang];
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

const pluralRules = { en: new Intl.PluralRules('en'), zh: new Intl.PluralRules('zh') } as const;

/** "1 error", "3 errors", "3 个错误": a count with its noun, in the language's plural form. */
export function count(lang: Lang, noun: CountNoun, n: number): string {
  return t(lang, `count.${noun}.${pluralRules[lang].select(n) === 'one' ? 'one' : 'other'}`, { n });
}
type CountNoun = 'error' | 'warning' | 'file' | 'document' | 'line' | 'reference' | 'sample' | 'product' | 'failingMetric';

/** A count in both languages, for a message parameter worded later (a rule's finding). */
export function countText(noun: CountNoun, n: number): Localized {
  return { en: count('en', noun, n), zh: count('zh', noun, n) };
}
