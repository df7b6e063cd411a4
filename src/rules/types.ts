import type { Localized } from '../i18n/index.js';
import type { KindName, ItemKind } from '../kinds/types.js';
import type { DocTypes, Entry, Hit, Model, CheckedFile, Severity } from '../check/types.js';

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

export interface RuleContext {
  model: Model;
  /** YYYY-MM-DD */
  today: string;
  /** Extra vague words from aipm.yaml. */
  vagueWords: readonly string[];
  /** Items that passed their schema, outside superseded files. */
  items<K extends ItemKind>(kind: K): Entry<K>[];
  /** Whole documents that passed their schema, outside superseded files. */
  docs<K extends KindName>(kind: K): { file: CheckedFile; value: DocTypes[K] }[];
  /** Any valid item by id, superseded files included (their ids still resolve). */
  find<K extends ItemKind>(kind: K, id: string): Entry<K> | undefined;
}

export type RuleHit = Omit<Hit, 'rule'>;

export interface Rule<Id extends string = string> {
  meta: RuleMeta<Id>;
  check(ctx: RuleContext): RuleHit[];
}
