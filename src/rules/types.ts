import type { Catalogue } from '../catalogues/index.js';
import type { Lang, Localized } from '../i18n/index.js';
import type { ItemKind, KindName } from '../kinds/index.js';
import type { CheckedFile, DocEntry, Entry, Finding, Model, Problem, Severity } from '../model/types.js';

export interface RuleMeta<Id extends string = string> {
  id: Id;
  severity: Severity;
  /** A short name of the practice. */
  title: Localized;
  /** Exactly what the rule flags. */
  checks: Localized;
  /** Why the rule exists: the practice it encodes. */
  why: Localized;
  /** What to change so it passes. */
  fix: Localized;
}

/** What aipm.yaml says regulations care about, and the catalogues to answer (SPEC: Regulation catalogues). */
export interface Regulation {
  markets: readonly string[];
  capabilities: readonly string[];
  /** When the product first shipped, if it has. */
  launched?: string;
  /** The built-in catalogues and the workspace's own, loaded when first asked for. */
  catalogues: () => readonly Catalogue[];
  /** aipm.yaml, where an uncovered item is reported when there is no compliance file. */
  config?: CheckedFile;
  /** What the workspace's own catalogue files got wrong. */
  findings?: readonly Finding[];
}

export interface RuleContext {
  model: Model;
  /** The language findings are worded in (for data that carries both, like catalogue titles). */
  lang: Lang;
  regulation?: Regulation;
  /** YYYY-MM-DD */
  today: string;
  /** Extra vague words from aipm.yaml. */
  vagueWords: readonly string[];
  /** aipm.yaml as read, when the check has it (where a finding about what it declares stands). */
  configFile?: CheckedFile;
  /** Items that passed their schema, outside superseded files. */
  items<K extends ItemKind>(kind: K): Entry<K>[];
  /** Whole documents that passed their schema, outside superseded files. */
  docs<K extends KindName>(kind: K): DocEntry<K>[];
  /** Any valid item by id, superseded files included (their ids still resolve). */
  find<K extends ItemKind>(kind: K, id: string): Entry<K> | undefined;
}

/** A rule's own messages, by id, in both languages; `{name}` is filled from a problem's params. */
export type Messages = Readonly<Record<string, Localized>>;

/** What a rule reports: a problem that can only name one of the rule's own messages. */
export type RuleProblem<Msg extends string> = Omit<Problem<Msg>, 'rule'>;

/** The problem type of a rule whose messages are `M`. */
export type ProblemOf<M extends Messages> = RuleProblem<keyof M & string>;

export interface Rule<Id extends string = string, Msg extends string = string> {
  meta: RuleMeta<Id>;
  messages: Readonly<Record<Msg, Localized>>;
  check(ctx: RuleContext): RuleProblem<NoInfer<Msg>>[];
}

/** Ties a rule's check to its own messages, so it cannot emit another rule's. */
export function defineRule<Id extends string, Msg extends string>(rule: Rule<Id, Msg>): Rule<Id, Msg> {
  return rule;
}
