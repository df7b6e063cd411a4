import type { KindName, ItemKind } from '../kinds/types.js';
import type { ComplianceCheck } from '../kinds/compliance.js';
import type { Dataset } from '../kinds/data-feasibility.js';
import type { EvaluationDoc } from '../kinds/evaluation.js';
import type { LaunchPlanDoc } from '../kinds/launch-plan.js';
import type { Metric } from '../kinds/metrics.js';
import type { Milestone, Risk } from '../kinds/milestones.js';
import type { Requirement } from '../kinds/requirements.js';
import type { Decision, ReviewDoc } from '../kinds/review.js';
import type { FileStatus } from '../kinds/common.js';
import type { MessageId, Params } from '../i18n/index.js';
import type { ParsedYaml } from '../workspace/parse.js';
import type { Path } from '../workspace/locate.js';

export type Severity = 'error' | 'warning';

/** One problem, at the YAML node at fault. This shape is public (json, sarif…). */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Relative to the process's working directory, with `/` separators. */
  file: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  message: string;
  /** Present when an `# aipm-ignore` comment silences the finding. */
  suppressed?: { reason: string };
}

/** A finding before it is placed and worded: where (a data path in a file) and which message. */
export interface Hit {
  rule: string;
  file: CheckedFile;
  path: Path;
  /** Point at the key rather than the value (an unknown key). */
  key?: boolean;
  msg: MessageId;
  params?: Params;
  /** A character range to point at instead of the node at `path` (a comment). */
  range?: [number, number];
  /** For rules: report at warning even when the rule is an error (a milder case). */
  mild?: boolean;
}

/** One spec file as read: its display path and parsed YAML. */
export interface SpecFile {
  file: string;
  parsed: ParsedYaml;
}

export interface ExperimentItem {
  id: string;
  change: string;
  results?: Record<string, number>;
}

export interface ItemTypes {
  requirement: Requirement;
  dataset: Dataset;
  metric: Metric;
  milestone: Milestone;
  risk: Risk;
  decision: Decision;
  evaluation: EvaluationDoc;
  experiment: ExperimentItem;
  'compliance-check': ComplianceCheck;
}

export interface DocTypes {
  requirements: { requirements: Requirement[] };
  'data-feasibility': { conclusion?: 'go' | 'conditional' | 'no-go'; datasets: Dataset[] };
  metrics: { metrics: Metric[] };
  milestones: { milestones: Milestone[]; risks?: Risk[]; cadence?: { standup?: string; sync?: string; review?: string } };
  review: ReviewDoc;
  evaluation: EvaluationDoc;
  'launch-plan': LaunchPlanDoc;
  compliance: { regulations?: string[]; checks: ComplianceCheck[] };
}

/** A spec file after the schema stage. */
export interface CheckedFile extends SpecFile {
  kind?: KindName;
  status?: FileStatus;
  /** The whole document, typed, when it passed its schema. */
  doc?: DocTypes[KindName] & { title: string; owner: string; status: FileStatus; updated: string };
  /** The raw data (undefined when the YAML did not parse). */
  raw?: unknown;
  /** The YAML did not parse: its ids are unknown. */
  broken: boolean;
}

/** An item that passed its schema, with where it stands. */
export interface Entry<K extends ItemKind = ItemKind> {
  kind: K;
  id: string;
  file: CheckedFile;
  path: Path;
  value: ItemTypes[K];
}

/** Where an id is defined. `kind` is undefined for ids recovered from a file that did not parse. */
export interface IdDef {
  id: string;
  kind?: ItemKind;
  file: CheckedFile;
  path: Path;
}

/** The workspace as the rules see it. */
export interface Model {
  files: CheckedFile[];
  /** Items that passed their schema, by kind, in file then document order. */
  items: { [K in ItemKind]: Entry<K>[] };
  /** Whole documents that passed their schema. */
  docs: { [K in KindName]: { file: CheckedFile; value: DocTypes[K] }[] };
  /** Every id defined in the workspace (the first definition wins). */
  ids: Map<string, IdDef>;
}
