import { resolve } from 'node:path';
import { buildModel } from '../check/index.js';
import { applyEdits } from '../edit/text-edits.js';
import { occurrencesOf, renameEdits } from '../edit/rename.js';
import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { count, t } from '../i18n/index.js';
import { ID_PATTERN } from '../kinds/common.js';
import { nearest } from '../suggest.js';
import { displayPath } from '../workspace/load.js';
import { writeFilesAtomic } from '../workspace/write.js';
import { openWorkspace, type CommandResult } from './shared.js';

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
  // A rename a kill interrupted is finished first, from its journal.
  const ws = await openWorkspace(opts.cwd, { finish: true });
  const lang = ws.config.lang;
  const { model } = buildModel(ws.files, lang);
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
  const lines: string[] = [];
  for (const [file, fileEdits] of edits) {
    writes.set(resolve(opts.cwd, file.file), applyEdits(file.parsed.text, fileEdits).text);
    for (const e of fileEdits) lines.push(`  ${file.file}:${e.line}:${e.col}`);
  }
  await writeFilesAtomic(writes, ws.config.root, (f) => displayPath(opts.cwd, f), { journal: ws.config.root, keepForm: true, what });
  const references = occurrences.filter((o) => !o.definition).length;
  const summary = t(lang, 'rename.done', { from: opts.from, to: opts.to, references: count(lang, 'reference', references), files: count(lang, 'file', writes.size) });
  return { exitCode: exitCode(CLEAN), stdout: `${summary}\n${lines.sort().join('\n')}\n` };
}
