import type { Localized } from '../i18n/index.js';
import { compliance } from './compliance.js';
import { dataFeasibility } from './data-feasibility.js';
import { evaluation } from './evaluation.js';
import { launchPlan } from './launch-plan.js';
import { metrics } from './metrics.js';
import { milestones } from './milestones.js';
import { requirements } from './requirements.js';
import { review } from './review.js';
import { solution } from './solution.js';
import type { KindDecl, KindDerived, RefSpec } from './types.js';

export * from './types.js';

/**
 * Every kind, in lifecycle order (the order of the packet, of `aipm new`'s list, of the docs).
 * A kind is declared once, in its own module; everything below derives from this list.
 */
const declared = [requirements, dataFeasibility, metrics, solution, milestones, review, evaluation, launchPlan, compliance] as const;

type Declared = (typeof declared)[number];
export type KindName = Declared['name'];
/** A kind's declaration, with its literal types (the schema's, the item names). */
export type KindDeclOf<K extends KindName> = Extract<Declared, { name: K }>;
/** Things that carry an id, and so can be referred to: the item kinds the kinds declare. */
export type ItemKind = { [D in Declared as D['name']]: keyof D['items'] & string }[KindName];

/** A kind as the stages after this one read it: its declaration, with the item lookups typed. */
export interface KindDef extends Omit<KindDecl, 'name' | 'refs'>, KindDerived<ItemKind> {
  name: KindName;
  refs: readonly RefSpec<ItemKind>[];
}

export const KIND_NAMES = declared.map((d) => d.name) as readonly KindName[];

/** The registry of kinds by name. */
export const kinds = Object.fromEntries(declared.map((d) => [d.name, d])) as unknown as {
  [K in KindName]: KindDef & { name: K; readonly schema: KindDeclOf<K>['schema'] };
};

export const ITEM_KINDS = declared.flatMap((d) => Object.keys(d.items)) as readonly ItemKind[];

const itemLabels = Object.fromEntries(declared.flatMap((d) => Object.entries(d.items).map(([item, { label }]) => [item, label]))) as Record<ItemKind, Localized>;

/** What messages call an item kind ("unknown metric `M-9`"); `any` for a reference to any id. */
export function itemLabel(item: ItemKind | 'any'): Localized {
  return item === 'any' ? { en: 'id', zh: 'id' } : itemLabels[item];
}

export function isKindName(name: unknown): name is KindName {
  return typeof name === 'string' && Object.hasOwn(kinds, name);
}

/** A reference names an item kind no kind declares: a type error here, before any test runs. */
type RefTarget = Declared['refs'][number]['to'];
const everyRefNamesAnItemKind: [Exclude<RefTarget, ItemKind | 'any'>] extends [never] ? true : Exclude<RefTarget, ItemKind | 'any'> = true;
void everyRefNamesAnItemKind;
