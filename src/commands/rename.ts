import { dirname, resolve } from 'node:path';
import { buildModel } from '../check/index.js';
import { applyEdits } from '../edit/text-edits.js';
import { occurrencesOf, renameEdits, type Occurrence } from '../edit/rename.js';
import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { count, t } from '../i18n/index.js';
import { ID_PATTERN } from '../kinds/common.js';
import { nearest } from '../suggest.js';
import type { Organisation } from '../model/config.js';
import type { CheckedFile } from '../model/types.js';
import type { Path } from '../yaml/positions.js';
import { findConfig, findConfigsBelow, repoRootOf } from '../workspace/files.js';
import { finishInterrupted } from '../workspace/fs.js';
import { displayPath, loadConfig } from '../workspace/load.js';
import { writeFilesAtomic } from '../workspace/write.js';
import { byFolder, openWorkspace, type CommandResult } from './shared.js';
import { RULE_DEFAULTS, RULE_IDS } from '../rules/index.js';

export interface RenameOptions {
  cwd: string;
  from: string;
  to: string;
}

/**
 * Renames an id and every reference to it across the workspace, changing only the id's own
 * characters (comments, quotes and layout stay), and writes every changed file at once.
 */
export async function rename(opts: RenameOptions): Promise<CommandResult> {
  // Where the organisation file is (no aipm.yaml here, products below): an organisation metric.
  if (!findConfig(opts.cwd)) {
    const org = await organisationDefining(opts.cwd, opts.from);
    if (org) return renameAcross(opts, org);
  }
  // A rename a kill interrupted is finished first, from its journal.
  const ws = await openWorkspace(opts.cwd, { finish: true });
  const lang = ws.config.lang;
  // An organisation metric is renamed in the organisation file and every product that extends it.
  const organisation = ws.config.organisation;
  if (organisation?.metrics.some((m) => m.id === opts.from)) return renameAcross(opts, organisation.file);
  const { model } = buildModel(ws.files, lang, undefined, organisation);
  const broken = model.files.filter((f) => f.broken).map((f) => f.file);
  if (broken.length > 0) throw new UserError('error.renameBroken', { files: broken.join(', ') }, lang);
  const what = { command: 'rename', from: opts.from, to: opts.to };
  const finished = ws.interrupted;
  if (finished && !model.ids.has(opts.from) && model.ids.has(opts.to) && JSON.stringify(finished.what) === JSON.stringify(what)) {
    return { exitCode: exitCode(CLEAN), stdout: `${t(lang, 'rename.finished', { from: opts.from, to: opts.to, files: count(lang, 'file', finished.files) })}\n` };
  }
  if (!model.ids.has(opts.from)) throw new UserError('error.renameUnknown', { value: opts.from, suggestion: nearest(opts.from, model.ids.keys()) }, lang);
  if (!ID_PATTERN.test(opts.to)) throw new UserError('error.badId', { value: opts.to }, lang);
  if (model.ids.has(opts.to)) throw new UserError('error.idTaken', { value: opts.to }, lang);

  const occurrences = occurrencesOf(model, opts.from);
  const edits = renameEdits(occurrences, opts.from, opts.to);
  const writes = new Map<string, string>();
  const places: Place[] = [];
  for (const [file, fileEdits] of edits) {
    writes.set(resolve(opts.cwd, file.file), applyEdits(file.parsed.text, fileEdits).text);
    for (const e of fileEdits) places.push({ file: file.file, line: e.line, col: e.col });
  }
  await writeFilesAtomic(writes, ws.config.root, (f) => displayPath(opts.cwd, f), { journal: ws.config.root, keepForm: true, what });
  const references = occurrences.filter((o) => !o.definition).length;
  const summary = t(lang, 'rename.done', { from: opts.from, to: opts.to, references: count(lang, 'reference', references), files: count(lang, 'file', writes.size) });
  return { exitCode: exitCode(CLEAN), stdout: `${summary}\n${listing(places)}` };
}

/** A place a rename changed. */
interface Place {
  file: string;
  line: number;
  col: number;
}

/** The places a rename changed, each once, file by file in the order of its lines (line 9 before line 10). */
function listing(places: readonly Place[]): string {
  const once = [...new Map(places.map((p) => [`${p.file}:${p.line}:${p.col}`, p])).values()];
  once.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
  return once.map((p) => `  ${p.file}:${p.line}:${p.col}\n`).join('');
}

/**
 * The organisation file below `cwd` (through the products there that extend it) that defines
 * metric `id`, when exactly one does.
 */
async function organisationDefining(cwd: string, id: string): Promise<string | undefined> {
  if (repoRootOf(cwd) === undefined) return undefined;
  const files = new Set<string>();
  for (const configFile of await findConfigsBelow(cwd)) {
    const org = (await loadConfig(configFile, cwd, RULE_IDS, RULE_DEFAULTS).catch(() => undefined))?.organisation;
    if (org?.metrics.some((m) => m.id === id)) files.add(org.file);
  }
  return files.size === 1 ? [...files][0] : undefined;
}

/**
 * Renames an organisation metric in the organisation file and in every product of the repository
 * that extends it (its restatements and references), in one transaction: every file is written,
 * or none (a killed run is finished by running it again).
 */
async function renameAcross(opts: RenameOptions, orgFile: string): Promise<CommandResult> {
  const repoRoot = repoRootOf(dirname(orgFile)) ?? dirname(orgFile);
  const what = { command: 'rename', from: opts.from, to: opts.to, organisation: displayPath(repoRoot, orgFile) };
  const configs = (await findConfigsBelow(repoRoot)).sort(byFolder);
  const load = async () => {
    const all = await Promise.all(configs.map((configFile) => openWorkspace(dirname(configFile), { configFile })));
    return all.filter((ws) => ws.config.organisation?.file === orgFile);
  };
  let products = await load();
  const finished = await finishInterrupted(repoRoot, [dirname(orgFile), ...products.map((ws) => ws.config.specs)]);
  if (finished) products = await load();
  const organisation: Organisation | undefined = products[0]?.config.organisation;
  if (!organisation) throw new UserError('error.renameUnknown', { value: opts.from });
  const lang = products.find((ws) => ws.config.file === findConfig(opts.cwd))?.config.lang ?? products[0]!.config.lang;
  const defined = (id: string) => organisation.metrics.some((m) => m.id === id);
  if (finished && !defined(opts.from) && defined(opts.to) && JSON.stringify(finished.what) === JSON.stringify(what)) {
    return { exitCode: exitCode(CLEAN), stdout: `${t(lang, 'rename.finished', { from: opts.from, to: opts.to, files: count(lang, 'file', finished.files) })}\n` };
  }
  if (!defined(opts.from)) throw new UserError('error.renameUnknown', { value: opts.from, suggestion: nearest(opts.from, organisation.metrics.map((m) => m.id)) }, lang);
  if (!ID_PATTERN.test(opts.to)) throw new UserError('error.badId', { value: opts.to }, lang);
  const show = (f: string) => displayPath(opts.cwd, f);
  const occurrences: Occurrence[] = [];
  // The organisation file: the metric's id, and `required`, `supports` and `guards` naming it.
  const orgChecked: CheckedFile = { file: show(orgFile), parsed: organisation.source.parsed, raw: organisation.source.parsed.value, broken: false };
  const raw = organisation.source.parsed.value as { required?: unknown[]; metrics?: { id?: unknown; supports?: unknown[]; guards?: unknown[] }[] };
  const at = (path: Path, definition = false) => occurrences.push({ file: orgChecked, path, key: false, definition });
  (raw.metrics ?? []).forEach((m, i) => {
    if (m?.id === opts.from) at(['metrics', i, 'id'], true);
    for (const list of ['supports', 'guards'] as const) (m?.[list] ?? []).forEach((v, j) => v === opts.from && at(['metrics', i, list, j]));
  });
  (raw.required ?? []).forEach((v, i) => v === opts.from && at(['required', i]));
  for (const ws of products) {
    const { model } = buildModel(ws.files, ws.config.lang, undefined, ws.config.organisation);
    const broken = model.files.filter((f) => f.broken).map((f) => show(resolve(opts.cwd, f.file)));
    if (broken.length > 0) throw new UserError('error.renameBroken', { files: broken.join(', ') }, lang);
    if (model.ids.has(opts.to)) throw new UserError('error.idTakenIn', { value: opts.to, product: show(ws.config.file) }, lang);
    // Paths in a product's files are shown from its own folder: rebase them onto cwd.
    const rebased = new Map<CheckedFile, CheckedFile>();
    for (const o of occurrencesOf(model, opts.from)) {
      if (o.file === model.organisation?.file) continue;
      if (!rebased.has(o.file)) rebased.set(o.file, { ...o.file, file: show(resolve(ws.config.root, o.file.file)) });
      occurrences.push({ ...o, file: rebased.get(o.file)! });
    }
  }
  const edits = renameEdits(occurrences, opts.from, opts.to);
  const writes = new Map<string, string>();
  const places: Place[] = [];
  for (const [file, fileEdits] of edits) {
    const full = resolve(opts.cwd, file.file);
    writes.set(full, applyEdits(file.parsed.text, fileEdits).text);
    for (const e of fileEdits) places.push({ file: file.file, line: e.line, col: e.col });
  }
  await writeFilesAtomic(writes, repoRoot, show, { journal: repoRoot, keepForm: true, what });
  const references = occurrences.filter((o) => !o.definition).length;
  const summary = t(lang, 'rename.doneAcross', { from: opts.from, to: opts.to, references: count(lang, 'reference', references), files: count(lang, 'file', writes.size), products: count(lang, 'product', products.length) });
  return { exitCode: exitCode(CLEAN), stdout: `${summary}\n${listing(places)}` };
}
