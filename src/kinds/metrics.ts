import * as z from 'zod/mini';
import { itemList, lazily, parseTarget, parts, unitMatches } from './common.js';
import type { KindDef } from './types.js';

export const METRIC_LAYERS = ['business', 'model', 'system', 'guardrail', 'feedback'] as const;

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope, id, ids, target, text } = parts();
  const metric = z
    .strictObject({
      id,
      name: text,
      owner: text,
      definition: text.check(z.describe('How it is computed')),
      unit: text.check(z.describe('%, ms, count, …: a unit written on a target must match it')),
      layer: z.enum(METRIC_LAYERS),
      target,
      baseline: z.optional(z.number()),
      red_line: z.optional(z.strictObject({ target, action: z.optional(text) }))
        .check(z.describe('The limit that must hold, and the fallback that runs when it does not')),
      measured_on: z.optional(z.strictObject({ dataset: id, method: z.enum(['offline', 'online-ab', 'shadow', 'manual']) })),
      supports: z.optional(ids).check(z.describe('Business metrics this metric serves')),
      guards: z.optional(ids).check(z.describe('Metrics this guardrail protects users from')),
      segments: z.optional(z.array(z.strictObject({ name: text, target }))).check(z.describe('Per-class or per-segment minimums')),
      min_samples: z.optional(z.number().check(z.int(), z.gte(1)))
        .check(z.describe('The fewest samples a result (or segment) needs before it can back a ship decision')),
    })
    .check(z.superRefine((m, ctx) => {
      // A unit written on a target must be the metric's own.
      const places: [readonly (string | number)[], unknown][] = [
        [['target'], m.target],
        [['red_line', 'target'], m.red_line?.target],
        ...(m.segments ?? []).map((s, i) => [['segments', i, 'target'], s.target] as [readonly (string | number)[], unknown]),
      ];
      for (const [path, value] of places) {
        const t = parseTarget(value);
        if (t && !unitMatches(t, m.unit)) {
          ctx.addIssue({ code: 'custom', path: [...path], params: { msg: 'unit', unit: t.unit, expected: m.unit } });
        }
      }
    }));

  return z.strictObject({ ...envelope('metrics'), metrics: itemList(metric) });
});

export const metrics = {
  name: 'metrics',
  title: { zh: 'AI目标说明书（指标）', en: 'Metrics' },
  get schema() {
    return schema();
  },
  lists: { metrics: 'metric' },
  refs: [
    { at: ['metrics', '*', 'supports', '*'], to: 'metric' },
    { at: ['metrics', '*', 'guards', '*'], to: 'metric' },
    { at: ['metrics', '*', 'measured_on', 'dataset'], to: 'dataset' },
  ],
  idPrefixes: { metric: 'M-' },
} as const satisfies KindDef;
