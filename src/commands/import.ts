import { createTwoFilesPatch } from 'diff';
import { basename, join, relative, resolve, sep } from 'node:path';
import { applyEdits } from '../edit/text-edits.js';
import { resultEdits, type WriteOutcome } from '../edit/results.js';
import { UserError } from '../errors.js';
import { exitCode } from '../exit-code.js';
import { t, type Lang } from '../i18n/index.js';
import { ID_PATTERN, isRealDate } from '../kinds/common.js';
import { EVIDENCE_TOOLS } from '../kinds/metrics.js';
import { EvidenceProblem, importedNumber, jsonFormatOf, readInspect, readLmEval, readModelIndex, readPromptfoo, type Evidence, type EvidenceTool, type ImportedNumber, type Measurement } from '../model/evidence.js';
import { live } from '../model/queries.js';
import type { Entry } from '../model/types.js';
import { reporters } from '../report/index.js';
import { resultOf } from '../report/result.js';
import { checkSpecs } from '../rules/run.js';
import { nearest } from '../suggest.js';
import { parseYaml } from '../yaml/parse.js';
import { yamlLib } from '../yaml/lib.js';
import { readEvidenceFile } from '../workspace/evidence.js';
import { displayPath } from '../workspace/load.js';
import { writeFilesAtomic } from '../workspace/write.js';
import { checkOptionsOf, DEFAULT_SCHEMA_DIR, openWorkspace, resolveToday, schemaPathFrom, type CommandResult } from './shared.js';

export interface ImportOptions {
  cwd: string;
  files: string[];
  /** Write into this evaluation. */
  into?: string;
  /** Or create this evaluation (`<specs>/<id>.yaml`). */
  new?: string;
  model?: string;
  dataset?: string;
  date?: string;
  /** Read every file as this tool's output instead of detecting it. */
  tool?: string;
  dryRun?: boolean;
  today?: string;
  /** Import an Inspect log whose run did not finish. */
  allowIncomplete?: boolean;
  color?: boolean;
  env?: NodeJS.ProcessEnv;
}

const FORMATS_TEXT = 'lm-evaluation-harness results JSON, Inspect AI log (.json, .eval), promptfoo output JSON (promptfoo eval -o), Hugging Face model card model-index (README.md or YAML)';

interface ReadFile {
  /** As the user sees it (relative to cwd). */
  shown: string;
  /** Relative to the workspace root, with `/`: what `source.file` records. */
  recorded: string;
  sha256: string;
  evidence: Evidence;
}

/**
 * Reads evaluation tools' output and writes the numbers each metric's `measured_by` names into an
 * evaluation (value, n, stderr, ci, source), through text edits that keep everything else of the
 * file; then validates, like `fix`.
 */
export async function importEvidence(opts: ImportOptions): Promise<CommandResult> {
  const env = opts.env ?? process.env;
  const today = resolveToday(opts.today, env);
  const ws = await openWorkspace(opts.cwd);
  const lang = ws.config.lang;
  if (opts.files.length === 0) throw new UserError('import.noFiles', { formats: FORMATS_TEXT }, lang);
  if ((opts.into === undefined) === (opts.new === undefined)) throw new UserError('import.intoOrNew', {}, lang);
  if (opts.tool !== undefined && !(EVIDENCE_TOOLS as readonly string[]).includes(opts.tool)) {
    throw new UserError('import.badTool', { value: opts.tool, choices: EVIDENCE_TOOLS.join(', '), suggestion: nearest(opts.tool, EVIDENCE_TOOLS) }, lang);
  }
  if (opts.date !== undefined && !isRealDate(opts.date)) throw new UserError('import.badDate', { value: opts.date }, lang);

  const read: ReadFile[] = [];
  for (const file of opts.files) read.push(await readOne(resolve(opts.cwd, file), opts, ws.config.root, lang));
  // The same number from two files: which one is meant cannot be told.
  const owner = new Map<string, string>();
  for (const f of read) {
    for (const m of f.evidence.measurements) {
      const key = [m.tool, m.task, m.metric, m.filter ?? ''].join('\0');
      const other = owner.get(key);
      if (other !== undefined && other !== f.shown) throw new UserError('import.duplicateTask', { file: f.shown, other, task: m.task, metric: m.metric }, lang);
      owner.set(key, f.shown);
    }
  }

  const { model } = checkSpecs(ws.files, checkOptionsOf(ws.config, today));
  const metrics = live(model.items.metric);
  const numbers: ImportedNumber[] = [];
  const used = new Set<Measurement>();
  const notes: string[] = [];
  const taken = new Set<string>();
  for (const metric of metrics) {
    for (const by of metric.value.measured_by ?? []) {
      const files = read.filter((f) => f.evidence.tool === by.tool);
      if (files.length === 0) continue;
      const hit = files.flatMap((f) => f.evidence.measurements.filter((m) => matches(by, m)).map((m) => ({ f, m })))[0];
      if (!hit) {
        notes.push(t(lang, 'import.notFound', { metric: metric.id, tool: by.tool, task: by.task, name: by.metric }));
        continue;
      }
      const key = `${metric.id}\0${by.segment ?? ''}`;
      if (taken.has(key)) continue;
      taken.add(key);
      used.add(hit.m);
      numbers.push(importedNumber(metric, by, hit.m, hit.f.recorded, hit.f.sha256));
    }
  }
  // Inspect lists a single scorer's metrics under two names: one mapped is both used.
  const unmapped = read.flatMap((f) => f.evidence.measurements.filter((m) => !used.has(m) && !(m.tool === 'inspect' && [...used].some((u) => u.tool === 'inspect' && u.task === m.task && u.value === m.value && (u.metric.endsWith(`/${m.metric}`) || m.metric.endsWith(`/${u.metric}`)))) && !(m.tool === 'inspect' && !m.metric.includes('/') && f.evidence.measurements.some((x) => x !== m && x.metric.endsWith(`/${m.metric}`) && x.task === m.task))).map((m) => ({ f, m })));

  // The evaluation written to.
  const target = opts.new !== undefined ? newEvaluation(opts, ws, model, read, today, lang) : existingEvaluation(opts.into!, opts.cwd, model, lang);
  const parsed = parseYaml(target.text, { fast: false });
  const { edits, outcomes } = resultEdits(parsed, numbers, today);
  const edited = applyEdits(parsed.text, edits).text;
  // The lines import adds end as the file's own do (a file written with CRLF stays CRLF throughout).
  const after = /\r\n/.test(parsed.text) && !/(^|[^\r])\n/.test(parsed.text) ? edited.replace(/\r?\n/g, '\r\n') : edited;
  const changed = target.created || after !== target.text;

  const out: string[] = [];
  for (const o of outcomes) out.push(outcomeLine(o, lang, read));
  for (const { f, m } of unmapped.slice(0, 20)) out.push(t(lang, 'import.notMapped', { file: f.shown, tool: m.tool, task: m.task, metric: m.filter && m.tool === 'lm-eval' ? `${m.metric},${m.filter}` : m.metric, value: m.value }));
  if (unmapped.length > 20) out.push(t(lang, 'import.notMappedMore', { count: unmapped.length - 20 }));
  for (const note of notes) out.push(note);
  if (numbers.length === 0) out.push(t(lang, 'import.nothingMapped'));
  out.push(changed ? t(lang, opts.dryRun ? 'import.wouldWrite' : 'import.wrote', { file: target.shown }) : t(lang, 'import.unchanged', { file: target.shown }));
  if (changed && opts.dryRun) out.push(createTwoFilesPatch(target.shown, target.shown, target.created ? '' : target.text, after, '', '', { context: 2 }).trimEnd());
  if (changed && !opts.dryRun) await writeFilesAtomic(new Map([[target.path, after]]), ws.config.root, (f) => displayPath(opts.cwd, f), { journal: ws.config.root, keepForm: true });

  // Validate what the workspace is (or, with --dry-run, would be) now.
  const files = target.created
    ? [...ws.files, { file: target.shown, parsed: parseYaml(after) }]
    : ws.files.map((f) => (f.file === target.shown ? { file: f.file, parsed: parseYaml(after) } : f));
  const { findings } = checkSpecs(files, checkOptionsOf(ws.config, today));
  const result = resultOf(findings, files.map((f) => f.file), files, lang);
  out.push('', reporters.stylish(result, { color: Boolean(opts.color) }).trimEnd());
  return { exitCode: exitCode(result.summary), stdout: `${out.join('\n')}\n` };
}

type MeasuredBy = NonNullable<Entry<'metric'>['value']['measured_by']>[number];

function matches(by: MeasuredBy, m: Measurement): boolean {
  if (by.tool !== m.tool || by.task !== m.task || by.metric !== m.metric) return false;
  return m.tool !== 'lm-eval' || (by.filter ?? 'none') === m.filter;
}

async function readOne(file: string, opts: ImportOptions, root: string, lang: Lang): Promise<ReadFile> {
  const shown = displayPath(opts.cwd, file);
  const recorded = relative(root, file).split(sep).join('/');
  const fail = (msg: 'import.unknownFormat' | 'import.malformed' | 'import.tooLarge' | 'import.unreadable', params: Record<string, string | number> = {}) =>
    new UserError(msg, { file: shown, formats: FORMATS_TEXT, ...params }, lang);
  let content;
  try {
    content = await readEvidenceFile(file);
  } catch (e) {
    throw fail('import.unreadable', { reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  if (content.kind === 'unreadable') {
    if (content.reason === 'too-large') throw fail('import.tooLarge', { detail: content.detail ?? '' });
    throw fail(content.reason === 'zip' ? 'import.unknownFormat' : 'import.malformed', { detail: content.detail ?? '' });
  }
  const tool = opts.tool as EvidenceTool | undefined;
  let evidence: Evidence;
  try {
    if (content.kind === 'zip') {
      if (tool !== undefined && tool !== 'inspect') throw fail('import.unknownFormat');
      if (typeof content.header !== 'object' || content.header === null) throw fail('import.malformed');
      evidence = readInspect(content.header as Record<string, unknown>);
    } else if (content.kind === 'json') {
      const format = tool ?? jsonFormatOf(content.data);
      if (!format || typeof content.data !== 'object' || content.data === null) throw fail('import.unknownFormat');
      const data = content.data as Record<string, unknown>;
      evidence = format === 'lm-eval' ? readLmEval(data) : format === 'inspect' ? readInspect(data) : format === 'promptfoo' ? readPromptfoo(data) : readModelIndex(data);
    } else {
      const data = modelCardData(content.text);
      if (data === undefined || (tool !== undefined && tool !== 'model-index')) throw fail('import.unknownFormat');
      evidence = readModelIndex(data);
    }
  } catch (e) {
    if (e instanceof EvidenceProblem) throw new UserError(`import.${e.msg}`, { file: shown, formats: FORMATS_TEXT, ...e.params }, lang);
    throw e;
  }
  if (evidence.incomplete && !opts.allowIncomplete) throw new UserError('import.incomplete', { file: shown, status: evidence.incomplete }, lang);
  return { shown, recorded, sha256: content.sha256, evidence };
}

/** A model card's front matter (README.md) or a YAML file, as data when it holds `model-index`. */
function modelCardData(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const front = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(body);
  const yamlText = front ? front[1]! : body;
  try {
    const doc = yamlLib().parseDocument(yamlText, { schema: 'core', uniqueKeys: true });
    if (doc.errors.length > 0) return undefined;
    const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
    return typeof data === 'object' && data !== null && 'model-index' in data ? data : undefined;
  } catch {
    return undefined;
  }
}

interface Target {
  path: string;
  shown: string;
  text: string;
  created: boolean;
}

function existingEvaluation(id: string, cwd: string, model: ReturnType<typeof checkSpecs>['model'], lang: Lang): Target {
  const ev = model.items.evaluation.find((e) => e.id === id);
  if (!ev) throw new UserError('import.unknownEvaluation', { value: id, suggestion: nearest(id, model.items.evaluation.map((e) => e.id)) }, lang);
  if (ev.file.parsed.problems.some((p) => p.msg === 'encoding')) throw new UserError('import.notUtf8', { file: ev.file.file }, lang);
  return { path: resolve(cwd, ev.file.file), shown: ev.file.file, text: ev.file.parsed.text, created: false };
}

function newEvaluation(opts: ImportOptions, ws: Awaited<ReturnType<typeof openWorkspace>>, model: ReturnType<typeof checkSpecs>['model'], read: readonly ReadFile[], today: string, lang: Lang): Target {
  const id = opts.new!;
  if (!ID_PATTERN.test(id)) throw new UserError('error.badId', { value: id }, lang);
  if (model.ids.has(id)) throw new UserError('error.idTaken', { value: id }, lang);
  if (opts.dataset === undefined) throw new UserError('import.needsDataset', {}, lang);
  const modelName = opts.model ?? read.find((f) => f.evidence.model)?.evidence.model;
  if (modelName === undefined) throw new UserError('import.needsModel', {}, lang);
  const date = opts.date ?? read.find((f) => f.evidence.date)?.evidence.date ?? today;
  const path = join(ws.config.specs, `${id}.yaml`);
  const shown = displayPath(opts.cwd, path);
  if (ws.files.some((f) => resolve(opts.cwd, f.file) === path)) throw new UserError('import.exists', { file: shown }, lang);
  const schema = schemaPathFrom(path, join(ws.config.root, DEFAULT_SCHEMA_DIR), 'evaluation');
  const q = (s: string) => JSON.stringify(s);
  const text = [
    `# yaml-language-server: $schema=${schema}`,
    'kind: evaluation',
    'version: 1',
    `title: ${q(t(lang, 'import.newTitle', { files: read.map((f) => basename(f.shown)).join(', ') }))}`,
    `owner: ${q(ws.config.product.owner)}`,
    'status: draft',
    `updated: ${today}`,
    `id: ${id}`,
    `model: ${q(modelName)}`,
    `date: ${date}`,
    `dataset: ${opts.dataset}`,
    'results: []',
    'decision: iterate',
    '',
  ].join('\n');
  return { path, shown, text, created: true };
}

function outcomeLine(o: WriteOutcome, lang: Lang, read: readonly ReadFile[]): string {
  const n = o.number;
  const what = n.segment === undefined ? n.metric : `${n.metric} / ${n.segment}`;
  const evidence = [n.n === undefined ? '' : `n ${n.n}`, n.ci ? `ci [${n.ci[0]}, ${n.ci[1]}]` : ''].filter(Boolean).join(', ');
  const from = `${read.find((f) => f.recorded === n.source.file)?.shown ?? n.source.file} ${n.source.task} ${n.source.metric}${n.source.filter ? `,${n.source.filter}` : ''}`;
  const key = ({ added: 'import.added', updated: 'import.updated', unchanged: 'import.same', 'no-result': 'import.noResult' } as const)[o.status];
  return t(lang, key, { what, value: n.value, evidence: evidence ? ` (${evidence})` : '', from });
}
