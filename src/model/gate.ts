import { formatTarget, isPercentUnit, parseTarget, valueWithUnit, type Target } from '../kinds/common.js';
import { count, t, type Lang } from '../i18n/index.js';
import { locate, type Path } from '../yaml/positions.js';
import { judgeEvaluation, type Judgement, type JudgedValue } from './judgement.js';
import { byRecency, firstById, live } from './queries.js';
import { intervalsOverlap, significantlyLower, twoProportionZ } from './statistics.js';
import { direction } from './thresholds.js';
import type { Entry, Finding, Model } from './types.js';

// The release gate (SPEC: "Evidence in, verdict out"): the verdict an evaluation's evidence gives,
// whatever its `decision` says. Pure: `aipm gate` reports it, `aipm status` and the packet may show it.

export type ReasonCode = Judgement['code'] | 'regression' | 'compliance-fail' | 'validation' | 'no-results';

export interface GateReason {
  code: ReasonCode;
  message: string;
  metric?: string;
  segment?: string;
  value?: number;
  target?: string;
  n?: number;
  ci?: [number, number];
  /** regression: the value in the evaluation compared against. */
  previous?: number;
  file: string;
  line: number;
  col: number;
}

export interface GateResultRow {
  metric: string;
  segment?: string;
  value: number;
  /** The metric's unit (`%`, `ms`), when it has one: the value is in it. */
  unit?: string;
  target?: string;
  verdict: 'pass' | 'fail' | 'none';
  n?: number;
  ci?: [number, number];
}

export interface GateVerdict {
  verdict: 'ship' | 'hold';
  evaluation: { id: string; model: string; date: string; decision: string; file: string };
  against?: { id: string; model: string; date: string; file: string };
  reasons: GateReason[];
  warnings: GateReason[];
  results: GateResultRow[];
}

export interface GateOptions {
  lang: Lang;
  /** The evaluation to judge (default: the latest live one by date, then id). */
  evaluation?: string;
  /** The evaluation to compare against (default: the latest earlier live one of the same model). */
  against?: string;
  /** "Not yet significant" is a warning instead of a reason to hold. */
  allowInsignificant?: boolean;
  /** The workspace's findings (validation errors hold the release). */
  findings?: readonly Finding[];
}

/** Why the gate cannot judge: the caller words it (a usage error). */
export type GateProblem =
  | { problem: 'no-evaluation' }
  | { problem: 'unknown-evaluation'; id: string; known: string[] }
  | { problem: 'unknown-against'; id: string; known: string[] };

/** A metric whose numbers are proportions: unit `ratio` (0–1), or `%` read from a tool with scale 100. */
export function proportionScale(metric: Entry<'metric'>['value']): number | undefined {
  const unit = metric.unit.trim().toLowerCase();
  if (unit === 'ratio') return 1;
  if (isPercentUnit(unit) && (metric.measured_by ?? []).some((m) => m.scale === 100)) return 100;
  return undefined;
}

/** The evaluation the gate judges, and the one it compares against. */
export function gateEvaluations(model: Pick<Model, 'items'>, opts: Pick<GateOptions, 'evaluation' | 'against'>): GateProblem | { evaluation: Entry<'evaluation'>; against?: Entry<'evaluation'> } {
  const evaluations = live(model.items.evaluation).sort(byRecency);
  const known = evaluations.map((e) => e.id);
  const evaluation = opts.evaluation === undefined ? evaluations.at(-1) : evaluations.find((e) => e.id === opts.evaluation);
  if (!evaluation) return opts.evaluation === undefined ? { problem: 'no-evaluation' } : { problem: 'unknown-evaluation', id: opts.evaluation, known };
  if (opts.against !== undefined) {
    const against = evaluations.find((e) => e.id === opts.against && e !== evaluation);
    return against ? { evaluation, against } : { problem: 'unknown-against', id: opts.against, known: known.filter((id) => id !== evaluation.id) };
  }
  const earlier = evaluations.filter((e) => e.value.model === evaluation.value.model && byRecency(e, evaluation) < 0);
  const against = earlier.at(-1);
  return against ? { evaluation, against } : { evaluation };
}

/** The release verdict for one evaluation (see SPEC); a problem when there is nothing to judge. */
export function gateVerdict(model: Pick<Model, 'items'>, opts: GateOptions): GateVerdict | GateProblem {
  const chosen = gateEvaluations(model, opts);
  if ('problem' in chosen) return chosen;
  const { evaluation: ev, against } = chosen;
  const { lang } = opts;
  const metrics = firstById(model.items.metric);
  const guardrails = live(model.items.metric).filter((m) => m.value.layer === 'guardrail');
  const { judgements, values } = judgeEvaluation(ev, (id) => metrics.get(id), guardrails);
  const at = (path: Path) => {
    const { line, col } = locate(ev.file.parsed, path);
    return { file: ev.file.file, line, col };
  };
  const reasons: GateReason[] = [];
  const warnings: GateReason[] = [];
  const what = (metric: string, segment?: string) => (segment === undefined ? t(lang, 'gate.metric', { metric }) : t(lang, 'gate.segment', { metric, segment }));
  /** A value of `metric` in the metric's unit: `89.4%`, `640 ms`. */
  const u = (metric: string, value: number) => valueWithUnit(value, metrics.get(metric)?.value.unit);
  const evidence = (j: { metric: string; n?: number | undefined; ci?: readonly [number, number] | undefined }) => {
    const parts = [...(j.n === undefined ? [] : [`n ${j.n}`]), ...(j.ci === undefined ? [] : [`ci [${u(j.metric, j.ci[0])}, ${u(j.metric, j.ci[1])}]`])];
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
  };
  const fields = (j: { metric?: string; segment?: string | undefined; value?: number | undefined; target?: Target | undefined; n?: number | undefined; ci?: [number, number] | undefined }) => ({
    ...(j.metric === undefined ? {} : { metric: j.metric }),
    ...(j.segment === undefined ? {} : { segment: j.segment }),
    ...(j.value === undefined ? {} : { value: j.value }),
    ...(j.target === undefined ? {} : { target: formatTarget(j.target) }),
    ...(j.n === undefined ? {} : { n: j.n }),
    ...(j.ci === undefined ? {} : { ci: j.ci }),
  });

  if (ev.value.results.length === 0) reasons.push({ code: 'no-results', message: t(lang, 'gate.noResults', { id: ev.id }), ...at([...ev.path, 'results']) });
  for (const j of judgements) {
    const subject = what(j.metric, j.segment);
    const target = j.target ? formatTarget(j.target) : '';
    const message = (() => {
      switch (j.code) {
        case 'miss': return t(lang, 'gate.miss', { what: subject, value: u(j.metric, j.value!), target, evidence: evidence(j) });
        case 'segment-missing': return t(lang, 'gate.segmentMissing', { what: subject, target });
        case 'red-line': return t(lang, j.action ? 'gate.redLine' : 'gate.redLineNoAction', { what: subject, value: u(j.metric, j.value!), target, action: j.action });
        case 'few-samples': return t(lang, 'gate.fewSamples', { what: subject, samples: count(lang, 'sample', j.n!), min: j.min });
        case 'not-significant': return t(lang, 'gate.notSignificant', { what: subject, value: u(j.metric, j.value!), target, low: u(j.metric, j.ci![0]), high: u(j.metric, j.ci![1]), bound: u(j.metric, j.bound!) });
        case 'guardrail-missing':
          return j.guards!.length > 0
            ? t(lang, 'gate.guardrailMissing', { guardrail: j.metric, guards: j.guards!.map((id) => `\`${id}\``).join(', ') })
            : t(lang, 'gate.anyGuardrailMissing', { guardrail: j.metric });
      }
    })();
    const reason: GateReason = { code: j.code, message, ...fields(j.code === 'guardrail-missing' ? { metric: j.metric, target: j.target } : j), ...at(j.path) };
    (j.code === 'not-significant' && opts.allowInsignificant ? warnings : reasons).push(reason);
  }

  if (against) {
    for (const now of values) {
      const before = findValue(against, now);
      const metric = metrics.get(now.metric);
      if (!before || !metric) continue;
      const why = regression(now, before, metric.value, lang);
      if (!why) continue;
      reasons.push({
        code: 'regression',
        message: t(lang, 'gate.regression', { what: what(now.metric, now.segment), previous: u(now.metric, before.value), against: against.id, value: u(now.metric, now.value), why }),
        ...fields(now),
        previous: before.value,
        ...at([...now.path, 'value']),
      });
    }
  }

  for (const c of live(model.items['compliance-check'])) {
    if (c.value.status !== 'fail') continue;
    const { line, col } = locate(c.file.parsed, [...c.path, 'status']);
    reasons.push({ code: 'compliance-fail', message: t(lang, 'gate.complianceFail', { id: c.id, question: c.value.question }), file: c.file.file, line, col });
  }

  // Validation errors hold the release; one already given as a reason above is not listed twice.
  const listed = new Set(reasons.map((r) => `${r.file}\0${r.line}`));
  for (const f of opts.findings ?? []) {
    if (f.severity !== 'error' || f.suppressed || listed.has(`${f.file}\0${f.line}`)) continue;
    reasons.push({ code: 'validation', message: `${f.message} (${f.rule})`, file: f.file, line: f.line, col: f.col });
  }

  return {
    verdict: reasons.length > 0 ? 'hold' : 'ship',
    evaluation: { id: ev.id, model: ev.value.model, date: ev.value.date, decision: ev.value.decision, file: ev.file.file },
    ...(against ? { against: { id: against.id, model: against.value.model, date: against.value.date, file: against.file.file } } : {}),
    reasons,
    warnings,
    results: values.map((v) => ({ metric: v.metric, ...(v.segment === undefined ? {} : { segment: v.segment }), value: v.value, ...(metrics.get(v.metric)?.value.unit?.trim() ? { unit: metrics.get(v.metric)!.value.unit!.trim() } : {}), ...(v.target ? { target: formatTarget(v.target) } : {}), verdict: v.verdict, ...(v.n === undefined ? {} : { n: v.n }), ...(v.ci === undefined ? {} : { ci: v.ci }) })),
  };
}

/** The same metric (and segment) in another evaluation. */
function findValue(ev: Entry<'evaluation'>, v: JudgedValue): { value: number; n?: number | undefined; ci?: [number, number] | undefined } | undefined {
  const r = ev.value.results.find((x) => x.metric === v.metric);
  if (!r || v.segment === undefined) return r;
  return r.segments?.find((s) => s.name === v.segment);
}

/**
 * Why `now` is a regression from `before`, in words, or undefined when it is not: worse by more
 * than the metric's `tolerance`, and then, for proportions where both sides have n, a one-sided
 * two-proportion z-test at 5%; where both have ci, intervals that do not overlap; else the drop.
 */
function regression(now: JudgedValue, before: { value: number; n?: number | undefined; ci?: [number, number] | undefined }, metric: Entry<'metric'>['value'], lang: Lang): string | undefined {
  const target = parseTarget(metric.target, metric);
  const way = target && direction(target);
  if (!way) return undefined;
  const tolerance = metric.tolerance ?? 0;
  // A difference in a % metric's unit is in percentage points: `1 pp`, not `1%` (which reads as relative).
  const difference = (d: number) => (metric.unit && isPercentUnit(metric.unit) ? t(lang, 'gate.points', { n: d }) : valueWithUnit(d, metric.unit));
  const within = (ci: readonly [number, number]) => `[${valueWithUnit(ci[0], metric.unit)}, ${valueWithUnit(ci[1], metric.unit)}]`;
  const drop = way === 'higher' ? before.value - now.value : now.value - before.value;
  // Compared with a little room for binary fractions (89.4 − 89.3 is 0.10000000000000853).
  if (!(drop > tolerance + 1e-9 * Math.max(1, Math.abs(before.value)))) return undefined;
  const scale = proportionScale(metric);
  if (scale !== undefined && now.n !== undefined && before.n !== undefined && now.n > 0 && before.n > 0) {
    const p = now.value / scale;
    const q = before.value / scale;
    if (p < 0 || p > 1 || q < 0 || q > 1) return undefined;
    const worse = way === 'higher' ? significantlyLower(p, now.n, q, before.n) : significantlyLower(q, before.n, p, now.n);
    if (!worse) return undefined;
    const z = way === 'higher' ? twoProportionZ(q * before.n, before.n, p * now.n, now.n) : twoProportionZ(p * now.n, now.n, q * before.n, before.n);
    return t(lang, 'gate.whyZ', { tolerance: difference(tolerance), z: z.toFixed(2) });
  }
  if (now.ci && before.ci) {
    if (intervalsOverlap(now.ci, before.ci)) return undefined;
    return t(lang, 'gate.whyCi', { tolerance: difference(tolerance), now: within(now.ci), before: within(before.ci) });
  }
  return t(lang, 'gate.whyDrop', { tolerance: difference(tolerance), drop: difference(Number(drop.toPrecision(6))) });
}
