import type { EVIDENCE_TOOLS } from '../kinds/metrics.js';
import { isPercentUnit } from '../kinds/common.js';
import { normalInterval, roundSignificant, wilsonInterval } from './statistics.js';
import type { Entry } from './types.js';

// What an evaluation tool's output says, read into plain measurements (pure: the files are read in
// workspace/evidence.ts), and what `aipm import` writes for each metric that `measured_by` maps.

export type EvidenceTool = (typeof EVIDENCE_TOOLS)[number];

/** One number a tool reported. */
export interface Measurement {
  tool: EvidenceTool;
  task: string;
  metric: string;
  /** lm-eval's filter (`none` when the key has none). */
  filter?: string;
  value: number;
  stderr?: number;
  n?: number;
}

/** What one file holds: its numbers, and the model and date it names. */
export interface Evidence {
  tool: EvidenceTool;
  measurements: Measurement[];
  model?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** Inspect: the run did not finish (`status: error | cancelled`). */
  incomplete?: string;
}

/** Why a file cannot be read as evidence: the command words it, naming the file. */
export class EvidenceProblem extends Error {
  constructor(
    readonly msg: 'notNumber' | 'negativeN' | 'duplicateTask' | 'noTests' | 'malformed' | 'unknownFormat' | 'incomplete',
    readonly params: Record<string, string | number> = {},
  ) {
    super(msg);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function numberAt(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new EvidenceProblem('notNumber', { where, value: JSON.stringify(v) ?? String(v) });
  return v;
}

function countAt(v: unknown, where: string): number {
  const n = numberAt(v, where);
  if (n < 0 || !Number.isInteger(n)) throw new EvidenceProblem('negativeN', { where, value: n });
  return n;
}

/** A Unix time in seconds (lm-eval) or an ISO timestamp, as the date it falls on (UTC). */
function dateOf(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v * 1000).toISOString().slice(0, 10);
  if (typeof v === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(v);
    if (m) return m[1];
    const seconds = Number(v);
    if (v.trim() !== '' && Number.isFinite(seconds)) return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
  return undefined;
}

// ---- which format a file holds ----------------------------------------------------------------

/** The format of parsed JSON, from its content; undefined when it is none of them. */
export function jsonFormatOf(data: unknown): EvidenceTool | undefined {
  if (!isObject(data)) return undefined;
  if (isObject(data.eval) && (isObject(data.results) || typeof data.status === 'string')) return 'inspect';
  const results = data.results;
  if (isObject(results) && (isObject(results.stats) || Array.isArray(results.prompts))) return 'promptfoo';
  if (isObject(results) && Object.values(results).some((r) => isObject(r) && Object.keys(r).some((k) => k.includes(',')))) return 'lm-eval';
  return undefined;
}

// ---- lm-evaluation-harness ----------------------------------------------------------------------

export function readLmEval(data: Record<string, unknown>): Evidence {
  const results = data.results;
  if (!isObject(results)) throw new EvidenceProblem('malformed', { where: 'results' });
  const nSamples = isObject(data['n-samples']) ? data['n-samples'] : {};
  const measurements: Measurement[] = [];
  for (const [task, r] of Object.entries(results)) {
    if (!isObject(r)) continue;
    const samples = nSamples[task];
    const rawN = isObject(samples) && samples.effective !== undefined ? samples.effective : r.sample_len;
    const n = rawN === undefined ? undefined : countAt(rawN, `n-samples.${task}`);
    for (const [key, value] of Object.entries(r)) {
      const comma = key.indexOf(',');
      if (comma < 0) continue;
      const metric = key.slice(0, comma);
      const filter = key.slice(comma + 1);
      if (metric.endsWith('_stderr')) continue;
      // lm-eval writes " " for group metrics it does not aggregate; anything else must be a number.
      const v = numberAt(value, `results.${task}["${key}"]`);
      const stderrRaw = r[`${metric}_stderr,${filter}`];
      const stderr = typeof stderrRaw === 'number' ? numberAt(stderrRaw, `results.${task}["${metric}_stderr,${filter}"]`) : undefined;
      if (stderrRaw !== undefined && typeof stderrRaw !== 'number' && stderrRaw !== 'N/A') numberAt(stderrRaw, `results.${task}["${metric}_stderr,${filter}"]`);
      measurements.push({ tool: 'lm-eval', task, metric, filter, value: v, ...(stderr === undefined ? {} : { stderr }), ...(n === undefined ? {} : { n }) });
    }
  }
  const config = isObject(data.config) ? data.config : {};
  const pretrained = typeof config.model_args === 'string' ? /(?:^|,)pretrained=([^,]+)/.exec(config.model_args)?.[1] : undefined;
  const model = typeof data.model_name === 'string' && data.model_name ? data.model_name : pretrained ?? (typeof config.model === 'string' ? config.model : undefined);
  const date = dateOf(data.date);
  return { tool: 'lm-eval', measurements, ...(model ? { model } : {}), ...(date ? { date } : {}) };
}

// ---- Inspect AI ---------------------------------------------------------------------------------

/** From an Inspect log's `status`, `eval` and `results` (a `.json` log or a `.eval` ZIP's header.json). */
export function readInspect(data: Record<string, unknown>): Evidence {
  const evalInfo = isObject(data.eval) ? data.eval : undefined;
  if (!evalInfo || typeof evalInfo.task !== 'string') throw new EvidenceProblem('malformed', { where: 'eval.task' });
  const status = typeof data.status === 'string' ? data.status : undefined;
  const results = isObject(data.results) ? data.results : undefined;
  const measurements: Measurement[] = [];
  const scores = results && Array.isArray(results.scores) ? results.scores.filter(isObject) : [];
  const completed = results?.completed_samples;
  for (const score of scores) {
    const scorer = typeof score.name === 'string' ? score.name : typeof score.scorer === 'string' ? score.scorer : 'score';
    const metrics = isObject(score.metrics) ? score.metrics : {};
    const stderrEntry = metrics.stderr;
    const stderr = isObject(stderrEntry) ? numberAt(stderrEntry.value, `results.scores[${scorer}].metrics.stderr.value`) : undefined;
    const rawN = score.scored_samples ?? completed;
    const n = rawN === undefined ? undefined : countAt(rawN, `results.scores[${scorer}].scored_samples`);
    for (const [name, m] of Object.entries(metrics)) {
      if (name === 'stderr' || !isObject(m)) continue;
      const value = numberAt(m.value, `results.scores[${scorer}].metrics.${name}.value`);
      for (const metric of [`${scorer}/${name}`, ...(scores.length === 1 ? [name] : [])]) {
        measurements.push({ tool: 'inspect', task: evalInfo.task, metric, value, ...(stderr === undefined ? {} : { stderr }), ...(n === undefined ? {} : { n }) });
      }
    }
  }
  const date = dateOf(evalInfo.created);
  return {
    tool: 'inspect',
    measurements,
    ...(typeof evalInfo.model === 'string' ? { model: evalInfo.model } : {}),
    ...(date ? { date } : {}),
    ...(status === 'error' || status === 'cancelled' || status === 'started' ? { incomplete: status } : {}),
  };
}

// ---- promptfoo -------------------------------------------------------------------------------

export function readPromptfoo(data: Record<string, unknown>): Evidence {
  const results = isObject(data.results) ? data.results : undefined;
  if (!results) throw new EvidenceProblem('malformed', { where: 'results' });
  const measurements: Measurement[] = [];
  const rate = (pass: unknown, fail: unknown, error: unknown, where: string, task: string) => {
    const passes = countAt(pass ?? 0, `${where}.pass`);
    const n = passes + countAt(fail ?? 0, `${where}.fail`) + countAt(error ?? 0, `${where}.error`);
    if (n === 0) throw new EvidenceProblem('noTests', { where, task });
    measurements.push({ tool: 'promptfoo', task, metric: 'pass-rate', value: passes / n, n });
  };
  const seen = new Set<string>();
  for (const [i, p] of (Array.isArray(results.prompts) ? results.prompts : []).entries()) {
    if (!isObject(p) || !isObject(p.metrics)) continue;
    const provider = typeof p.provider === 'string' ? p.provider : isObject(p.provider) && typeof p.provider.id === 'string' ? p.provider.id : undefined;
    if (!provider) continue;
    if (seen.has(provider)) throw new EvidenceProblem('duplicateTask', { task: provider });
    seen.add(provider);
    rate(p.metrics.testPassCount, p.metrics.testFailCount, p.metrics.testErrorCount, `results.prompts[${i}].metrics`, provider);
  }
  if (isObject(results.stats)) rate(results.stats.successes, results.stats.failures, results.stats.errors, 'results.stats', '*');
  else if (measurements.length === 0) throw new EvidenceProblem('noTests', { where: 'results.stats', task: '*' });
  const metadata = isObject(data.metadata) ? data.metadata : {};
  const date = dateOf(results.timestamp) ?? dateOf(metadata.evaluationCreatedAt);
  const providers = [...seen];
  return { tool: 'promptfoo', measurements, ...(providers.length === 1 ? { model: providers[0] } : {}), ...(date ? { date } : {}) };
}

// ---- Hugging Face model card model-index -------------------------------------------------------

export function readModelIndex(data: unknown): Evidence {
  const index = isObject(data) ? data['model-index'] : undefined;
  if (!Array.isArray(index)) throw new EvidenceProblem('malformed', { where: 'model-index' });
  const measurements: Measurement[] = [];
  const seen = new Set<string>();
  let model: string | undefined;
  for (const [i, entry] of index.entries()) {
    if (!isObject(entry)) continue;
    if (typeof entry.name === 'string') model ??= entry.name;
    for (const [j, result] of (Array.isArray(entry.results) ? entry.results : []).entries()) {
      if (!isObject(result)) continue;
      const dataset = isObject(result.dataset) ? result.dataset : {};
      const taskInfo = isObject(result.task) ? result.task : {};
      const task = typeof dataset.name === 'string' ? dataset.name : typeof taskInfo.type === 'string' ? taskInfo.type : undefined;
      if (!task) throw new EvidenceProblem('malformed', { where: `model-index[${i}].results[${j}].dataset.name` });
      for (const [k, m] of (Array.isArray(result.metrics) ? result.metrics : []).entries()) {
        if (!isObject(m) || typeof m.type !== 'string') throw new EvidenceProblem('malformed', { where: `model-index[${i}].results[${j}].metrics[${k}].type` });
        const key = `${task}\0${m.type}`;
        if (seen.has(key)) throw new EvidenceProblem('duplicateTask', { task: `${task} / ${m.type}` });
        seen.add(key);
        measurements.push({ tool: 'model-index', task, metric: m.type, value: numberAt(m.value, `model-index[${i}].results[${j}].metrics[${k}].value`) });
      }
    }
  }
  return { tool: 'model-index', measurements, ...(model ? { model } : {}) };
}

// ---- what import writes ---------------------------------------------------------------------------

/** The numbers one result (or segment) gets from one measurement. */
export interface ImportedNumber {
  metric: string;
  segment?: string;
  value: number;
  n?: number;
  stderr?: number;
  ci?: [number, number];
  source: { tool: EvidenceTool; file: string; sha256: string; task: string; metric: string; filter?: string };
}

type MeasuredBy = NonNullable<Entry<'metric'>['value']['measured_by']>[number];

/** A proportion: unit `%` read with scale 100, or `ratio`. Its bounds after scale. */
function proportionBounds(unit: string, scale: number): number | undefined {
  if (unit.trim().toLowerCase() === 'ratio' && scale === 1) return 1;
  if (isPercentUnit(unit) && scale === 100) return 100;
  return undefined;
}

/**
 * The numbers a measurement gives a metric: value and stderr × scale, n, and the interval —
 * value ± 1.96·stderr, or for a proportion with n and no usable stderr, Wilson's — rounded to 4
 * significant digits after the interval is computed; proportions clipped to their bounds.
 */
export function importedNumber(metric: Entry<'metric'>, by: MeasuredBy, m: Measurement, file: string, sha256: string): ImportedNumber {
  const scale = by.scale ?? 1;
  const value = m.value * scale;
  const stderr = m.stderr !== undefined && m.stderr > 0 ? m.stderr * scale : undefined;
  const bound = proportionBounds(metric.value.unit, scale);
  let ci: [number, number] | undefined;
  if (stderr !== undefined) ci = normalInterval(value, stderr);
  else if (bound !== undefined && m.n !== undefined && m.n > 0 && m.value >= 0 && m.value * scale <= bound) {
    const [low, high] = wilsonInterval((value / bound) * m.n, m.n);
    ci = [low * bound, high * bound];
  }
  if (ci && bound !== undefined) ci = [Math.max(0, ci[0]), Math.min(bound, ci[1])];
  return {
    metric: metric.id,
    ...(by.segment === undefined ? {} : { segment: by.segment }),
    value: roundSignificant(value),
    ...(m.n === undefined ? {} : { n: m.n }),
    ...(stderr === undefined ? {} : { stderr: roundSignificant(stderr) }),
    ...(ci ? { ci: [roundSignificant(ci[0]), roundSignificant(ci[1])] as [number, number] } : {}),
    source: { tool: m.tool, file, sha256, task: m.task, metric: m.metric, ...(m.filter === undefined || m.tool !== 'lm-eval' ? {} : { filter: m.filter }) },
  };
}
