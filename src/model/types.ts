import type * as z from 'zod/mini';
import type { FileStatus } from '../kinds/common.js';
import type { ItemKind, KindDeclOf, KindName, kinds } from '../kinds/index.js';
import type { IssueAt } from '../kinds/zod-issues.js';
import type { MessageId, Params } from '../i18n/index.js';
import type { ParsedYaml } from '../yaml/parse.js';
import type { Path, Span } from '../yaml/positions.js';

// The data model every stage after the loader shares. Kind types come from the zod schemas.

/** A whole document of a kind, envelope included, as its schema outputs it. */
export type DocOf<K extends KindName> = z.output<(typeof kinds)[K]['schema']>;

type ListItem<K extends KindName, L> = L extends keyof DocOf<K> ? (NonNullable<DocOf<K>[L]> extends readonly (infer T)[] ? T : never) : never;

/** The kind that declares an item kind. */
type KindOfItem<I extends ItemKind> = { [K in KindName]: I extends keyof KindDeclOf<K>['items'] ? K : never }[KindName];
type Declared<I extends ItemKind> = KindDeclOf<KindOfItem<I>>['items'][I & keyof KindDeclOf<KindOfItem<I>>['items']];

/** The value of each kind of item that carries an id: an item of its list, or the whole document. */
export type ItemTypes = {
  [I in ItemKind]: Declared<I> extends { list: infer L } ? ListItem<KindOfItem<I>, L> : DocOf<KindOfItem<I>>;
};

export type Severity = 'error' | 'warning';

/** How aipm.yaml may set a rule. */
export type RuleSetting = 'error' | 'warn' | 'off';

/** One problem, at the YAML node at fault. This shape is public (json, sarif…). */
export interface Finding extends Span {
  rule: string;
  severity: Severity;
  /** Relative to the process's working directory, with `/` separators. */
  file: string;
  message: string;
  /** Present when an `# aipm-ignore` comment silences the finding. */
  suppressed?: { reason: string };
  /**
   * What the finding is about, independent of where it stands in the file: the data path with list
   * items named by their ids, and the message id (`requirements/REQ-1/targets/0/target#unit`).
   * It feeds fingerprints (SARIF, code quality) that survive lines moving; `json` leaves it out.
   */
  anchor?: string;
  /** A safe fix `aipm fix` may apply: replace [start, end) of the file's text. Internal, like `anchor`. */
  fix?: { start: number; end: number; text: string };
  /**
   * The other places the finding is about (public, optional): the first definition of a duplicate
   * id, the item a near-miss reference probably meant, the target a threshold contradicts.
   */
  related?: Related[];
}

/** Another place a finding is about, with what it is. */
export interface Related extends Span {
  /** As `Finding.file`. */
  file: string;
  message: string;
}

/**
 * A finding before it is placed and worded: a data path in a file (or a character range) and a
 * message id. Rules use their own message ids (`Msg`); the stages before them use the catalogue's.
 */
export interface Problem<Msg extends string = MessageId> extends Omit<IssueAt, 'msg' | 'params'> {
  rule: string;
  file: CheckedFile;
  msg: Msg;
  params?: Params<Msg>;
  /** A character range to point at instead of the node at `path` (a comment). */
  range?: [number, number];
  /** For rules: report at warning even when the rule is an error (a milder case). */
  mild?: boolean;
  /** For rules: keep the rule's severity in a draft file too (a gap a draft must not hide). */
  firm?: boolean;
  /** Other places the problem is about, each worded from the same messages. */
  related?: RelatedProblem<Msg>[];
}

/** Another place a problem is about, before it is placed and worded: a data path in a file and a message id. */
export interface RelatedProblem<Msg extends string = MessageId> {
  file: CheckedFile;
  path: Path;
  key?: boolean;
  range?: [number, number];
  msg: Msg;
  params?: Params<Msg>;
}

/** One spec file as read: its display path and parsed YAML. */
export interface SpecFile {
  file: string;
  parsed: ParsedYaml;
}

/** A spec file after the schema stage. */
export interface CheckedFile extends SpecFile {
  kind?: KindName;
  status?: FileStatus;
  /** The whole document, typed, when it passed its schema. */
  doc?: DocOf<KindName>;
  /** The raw data (undefined when the YAML did not parse). */
  raw?: unknown;
  /** The YAML did not parse: its ids are unknown. */
  broken: boolean;
}

/** What the schema stage made of one file: the file checked, its problems, its items that passed. */
export interface SchemaOutcome {
  file: CheckedFile;
  problems: Problem[];
  entries: Entry[];
}

/**
 * What a check may reuse from earlier checks: `workspace/cache.ts` keeps it, for `validate --cache`
 * (across runs, by content) and for the language server (across keystrokes, by parse). The check
 * asks; it keeps no state of its own.
 */
export interface CheckMemo {
  /**
   * The schema stage's outcome for a file: one kept for this parse, or `check`'s, given the schema's
   * output for the same content when an earlier run saw it pass (then the schema need not run again).
   */
  schemaOutcome(spec: SpecFile, check: (passed: DocOf<KindName> | undefined) => SchemaOutcome): SchemaOutcome;
}

/** An item that passed its schema, with where it stands. */
export interface Entry<K extends ItemKind = ItemKind> {
  kind: K;
  id: string;
  file: CheckedFile;
  path: Path;
  value: ItemTypes[K];
}

/** A whole document that passed its schema. */
export interface DocEntry<K extends KindName = KindName> {
  file: CheckedFile;
  value: DocOf<K>;
}

/** Where an id is defined. `kind` is undefined for ids recovered from a file that did not parse. */
export interface IdDef {
  id: string;
  kind?: ItemKind;
  file: CheckedFile;
  path: Path;
}

/** The workspace as the rules and the renderer see it. */
export interface Model {
  files: CheckedFile[];
  /** Items that passed their schema, by kind, in file then document order. */
  items: { [K in ItemKind]: Entry<K>[] };
  /** Whole documents that passed their schema. */
  docs: { [K in KindName]: DocEntry<K>[] };
  /** Every id defined in the workspace (the first definition wins). */
  ids: Map<string, IdDef>;
  /** With an organisation file (`extends:`): what the product takes from it. */
  organisation?: Borrowed;
}

/** What a product takes from its organisation file (SPEC: Organisation). */
export interface Borrowed {
  /** The organisation file, as the place its metrics stand (no spec file: no kind). */
  file: CheckedFile;
  /** Every shared metric, with its data path in that file. */
  metrics: readonly { id: string; path: Path; value: ItemTypes['metric'] }[];
  /** The metric ids every product must reference or restate. */
  required: readonly string[];
  /** The shared metric ids the product's files name (a restated one's own references included). */
  referenced: ReadonlySet<string>;
  /** The file as the product's `extends:` names it. */
  named: string;
}
