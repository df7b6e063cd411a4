import { compliance } from './compliance.js';
import { dataFeasibility } from './data-feasibility.js';
import { evaluation } from './evaluation.js';
import { launchPlan } from './launch-plan.js';
import { metrics } from './metrics.js';
import { milestones } from './milestones.js';
import { requirements } from './requirements.js';
import { review } from './review.js';
import { solution } from './solution.js';
import type { KindDef, KindName } from './types.js';

export * from './types.js';

/** The explicit registry of kinds, in lifecycle order. */
export const kinds = {
  requirements,
  'data-feasibility': dataFeasibility,
  metrics,
  solution,
  milestones,
  review,
  evaluation,
  'launch-plan': launchPlan,
  compliance,
} as const satisfies Record<KindName, KindDef>;

export function isKindName(name: unknown): name is KindName {
  return typeof name === 'string' && Object.hasOwn(kinds, name);
}
