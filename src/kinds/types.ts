import type * as z from 'zod/mini';
import type { Localized } from '../i18n/index.js';

/** A path into a file's data; `*` stands for any list index, `{key}` for any key of a map. */
export type PathPattern = readonly (string | number)[];

export interface RefSpec<To extends string = string> {
  at: PathPattern;
  /** The item kind the id must name, or `any`. */
  to: To | 'any';
  /** The id must be defined in the same file (a solution's chosen approach, a step's upstream steps). */
  sameFile?: boolean;
}

/** A kind of item that carries an id (a requirement, a dataset…), as its kind declares it. */
export interface ItemDecl {
  /** The top-level list whose items each define one; absent when the file itself is the item (an evaluation). */
  list?: string;
  /** What a message calls one ("unknown metric `M-9`"). */
  label: Localized;
  /** The id prefix `aipm new` and the scaffolds use (`M-`); never checked. */
  prefix?: string;
}

/**
 * Everything aipm knows about a kind, in one place: `src/kinds/<kind>.ts` declares it with
 * `defineKind`, and the registries (`kinds/index.ts`) derive from the declarations. What lives
 * elsewhere is named here and a test checks it exists: the template and the skeleton `aipm new`
 * starts from, and, when the template is not the generic `document`, the kind's own view
 * (`src/render/views/<name>.ts`, registered by kind name).
 */
export interface KindDecl {
  name: string;
  title: Localized;
  /** The whole file: envelope plus body. Built on first use (a getter over `lazily`). */
  readonly schema: z.ZodMiniObject;
  /** The item kinds it defines, by name. */
  items: Readonly<Record<string, ItemDecl>>;
  /** Where this kind refers to ids defined elsewhere. */
  refs: readonly RefSpec[];
  /**
   * `templates/<template>.hbs` renders it (a workspace may bring its own of that name). A kind with
   * no view of its own says `document`: every field, lists of items as tables (`views/generic.ts`).
   */
  template: string;
  /** `scaffolds/new/<lang>/<skeleton>`: what `aipm new` starts a file of this kind from. */
  skeleton: string;
  /** `aipm init` writes one, from `scaffolds/<product type>/<lang>/<name>.yaml`. */
  init?: boolean;
}

/** What the registries derive from a declaration's `items` (the shape the checker reads). */
export interface KindDerived<Item extends string = string> {
  /** Top-level lists whose items each define an id of the given item kind. */
  lists: Readonly<Record<string, Item>>;
  /** The item kind of the file itself, when the file defines one id (an evaluation). */
  fileItem?: Item;
  /** Id prefixes, by item kind. */
  idPrefixes: Partial<Record<Item, string>>;
}

/**
 * Declares a kind. Keeps the declaration's literal types (the schema's, the item names) for the
 * types derived from it, and adds the lookups derived from `items`.
 */
export function defineKind<const D extends KindDecl>(decl: D): D & KindDerived {
  const lists: Record<string, string> = {};
  const idPrefixes: Record<string, string> = {};
  let fileItem: string | undefined;
  for (const [item, { list, prefix }] of Object.entries(decl.items)) {
    if (list === undefined) fileItem = item;
    else lists[list] = item;
    if (prefix !== undefined) idPrefixes[item] = prefix;
  }
  // Assigned onto the declaration itself: copying it would build the schema through its getter.
  return Object.assign(decl, { lists, idPrefixes }, fileItem === undefined ? {} : { fileItem });
}
