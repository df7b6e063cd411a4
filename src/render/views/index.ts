import { kinds, type KindName } from '../../kinds/index.js';
import type { CheckedFile } from '../../model/types.js';
import type { Lang } from '../../i18n/index.js';
import { fields, md, word, type BodyBuilder, type Field, type RenderContext } from '../context.js';
import { linkOrText } from '../markdown.js';
import { complianceView } from './compliance.js';
import { dataFeasibilityView } from './data-feasibility.js';
import { evaluationView } from './evaluation.js';
import { genericView } from './generic.js';
import { launchPlanView } from './launch-plan.js';
import { metricsView } from './metrics.js';
import { milestonesView } from './milestones.js';
import { requirementsView } from './requirements.js';
import { reviewView } from './review.js';
import { solutionView } from './solution.js';

export interface DocView {
  lang: Lang;
  /** Heading offset: 0 for a document of its own, 2 inside the packet. */
  depth: number;
  kind: KindName;
  title: string;
  /** The title as plain text, for anchors. */
  plainTitle: string;
  header: Field[];
  [section: string]: unknown;
}

/**
 * The kinds' own views, by the kind's name. A kind with none renders through `genericView` and
 * `templates/document.hbs` (every field, lists of items as tables), so a new kind needs no line
 * here until it wants a view of its own.
 */
const bodies: { [K in KindName]?: BodyBuilder<K> } = {
  requirements: requirementsView,
  'data-feasibility': dataFeasibilityView,
  metrics: metricsView,
  solution: solutionView,
  milestones: milestonesView,
  review: reviewView,
  evaluation: evaluationView,
  'launch-plan': launchPlanView,
  compliance: complianceView,
};

export function hasView(kind: string): boolean {
  return Object.hasOwn(bodies, kind);
}

/** The view of one spec file's document, for its kind's template. */
export function documentView(ctx: RenderContext, file: CheckedFile, depth: number, source: string): DocView {
  const kind = file.kind!;
  const doc = file.doc!;
  const header = fields(ctx, [
    ['kind', kinds[kind].title[ctx.lang]],
    ['owner', md(doc.owner)],
    ['status', word(ctx, 'fileStatus', doc.status)],
    ['updated', doc.updated],
    ['links', doc.links?.map(linkOrText).join(', ')],
    ['source', `\`${source.replace(/`/g, '')}\``],
  ]);
  const base = { lang: ctx.lang, depth, kind, title: md(doc.title), plainTitle: doc.title, header };
  const body = ((bodies[kind] as BodyBuilder<KindName> | undefined) ?? genericView)(ctx, doc, file);
  return { ...base, ...body };
}
