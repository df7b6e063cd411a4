import type * as z from 'zod/mini';

export const KIND_NAMES = [
  'requirements',
  'data-feasibility',
  'metrics',
  'solution',
  'milestones',
  'review',
  'evaluation',
  'launch-plan',
  'compliance',
] as const;
export type KindName = (typeof KIND_NAMES)[number];

/** Things that carry an id, and so can be referred to. */
export const ITEM_KINDS = [
  'requirement',
  'dataset',
  'metric',
  'milestone',
  'risk',
  'decision',
  'evaluation',
  'experiment',
  'compliance-check',
  'approach',
  'pipeline-step',
  'limit',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A path into a file's data; `*` stands for any list index, `{key}` for any key of a map. */
export type PathPattern = readonly (string | number)[];

export interface RefSpec {
  at: PathPattern;
  to: ItemKind | 'any';
  /** The id must be defined in the same file (a solution's chosen approach, a step's upstream steps). */
  sameFile?: boolean;
}

export interface KindDef {
  name: KindName;
  title: { zh: string; en: string };
  /** The whole file: envelope plus body. */
  schema: z.ZodMiniObject;
  /** Top-level lists whose items each define an id of the given item kind. */
  lists: Readonly<Record<string, ItemKind>>;
  /** The item kind of the file itself, when the file defines one id (an evaluation). */
  fileItem?: ItemKind;
  /** Where this kind refers to ids defined elsewhere. */
  refs: readonly RefSpec[];
  /** Id prefixes that scaffolds use, by item kind; never checked. */
  idPrefixes: Partial<Record<ItemKind, string>>;
}
