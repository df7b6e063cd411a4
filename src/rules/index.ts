import { dataBeforeCommitment } from './data-before-commitment.js';
import { dataVerdictConsistent } from './data-verdict-consistent.js';
import { decisionOwned } from './decision-owned.js';
import { evaluationConsistent } from './evaluation-consistent.js';
import { guardrailPresent } from './guardrail-present.js';
import { labelingErrorBound } from './labeling-error-bound.js';
import { launchCompliance } from './launch-compliance.js';
import { launchSafety } from './launch-safety.js';
import { milestoneAcceptance } from './milestone-acceptance.js';
import { milestoneBuffer } from './milestone-buffer.js';
import { milestoneOrder } from './milestone-order.js';
import { milestoneSlipped } from './milestone-slipped.js';
import { modelMetricSupportsBusiness } from './model-metric-supports-business.js';
import { personalDataCompliance } from './personal-data-compliance.js';
import { quantifiedTarget } from './quantified-target.js';
import { redLineHasAction } from './red-line-has-action.js';
import { targetHasMetric } from './target-has-metric.js';
import { thresholdConsistency } from './threshold-consistency.js';
import { unitScale } from './unit-scale.js';
import { placeholder } from './placeholder.js';
import { solutionChosen } from './solution-chosen.js';
import { limitHasMitigation } from './limit-has-mitigation.js';
import { iterateHasPlan } from './iterate-has-plan.js';
import { regulationCoverage } from './regulation-coverage.js';
import { orgPolicy } from './org-policy.js';
import type { Severity } from '../model/types.js';
import type { Rule } from './types.js';

export type { Rule, RuleMeta, RuleContext } from './types.js';

/** Every rule, in the order of the spec's rule table. Adding a rule: its module, its test, one line here. */
export const rules = [
  quantifiedTarget,
  targetHasMetric,
  modelMetricSupportsBusiness,
  guardrailPresent,
  redLineHasAction,
  dataBeforeCommitment,
  labelingErrorBound,
  personalDataCompliance,
  milestoneBuffer,
  milestoneAcceptance,
  milestoneOrder,
  milestoneSlipped,
  decisionOwned,
  evaluationConsistent,
  launchSafety,
  launchCompliance,
  thresholdConsistency,
  dataVerdictConsistent,
  unitScale,
  placeholder,
  solutionChosen,
  limitHasMitigation,
  iterateHasPlan,
  regulationCoverage,
  orgPolicy,
] as const;

export type RuleId = (typeof rules)[number]['meta']['id'];
export const RULE_IDS: readonly RuleId[] = rules.map((r) => r.meta.id);
/** Each rule's built-in severity (a locked rule may not be set below it). */
export const RULE_DEFAULTS: Readonly<Record<string, Severity>> = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.severity]));

export { BUILTIN_CHECKS, builtinChecks } from './builtin.js';

export function findRule(id: string): Rule | undefined {
  return (rules as readonly Rule[]).find((r) => r.meta.id === id);
}

