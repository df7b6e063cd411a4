import { ITEM_KINDS, KIND_NAMES } from '../kinds/index.js';
import type { Lang } from '../i18n/index.js';
import { builtinFinding } from '../model/finding.js';
import type { CheckedFile, CheckMemo, DocEntry, Entry, Finding, Model, Problem, SpecFile } from '../model/types.js';
import type { Organisation } from '../model/config.js';
import { collectIds } from './ids.js';
import { borrowFrom } from './organisation.js';
import { checkReferences } from './references.js';
import { checkFileSchema } from './schema.js';

export interface BuiltModel {
  model: Model;
  /** What the stages before the rules found: YAML syntax, schema, duplicate ids, references. Unsorted. */
  findings: Finding[];
}

/**
 * The model of a workspace, pure: YAML syntax, the schema of each file, ids, then references.
 * Each stage skips what an earlier stage found broken, so one mistake is one finding. A memo
 * (`validate --cache`, the language server) lets the schema stage reuse what it gave before.
 */
export function buildModel(files: readonly SpecFile[], lang: Lang, memo?: CheckMemo, organisation?: Organisation): BuiltModel {
  const problems: Problem[] = [];
  const checked: CheckedFile[] = [];
  const entries: Entry[] = [];
  for (const f of files) {
    const outcome = checkFileSchema(f, memo);
    checked.push(outcome.file);
    problems.push(...syntaxProblems(outcome.file), ...outcome.problems);
    entries.push(...outcome.entries);
  }
  const { ids, problems: duplicates } = collectIds(checked);
  problems.push(...duplicates);
  // The organisation's metrics resolve as if defined here; the ones the product borrows join its plan.
  const borrowed = organisation ? borrowFrom(organisation, checked, ids) : undefined;
  if (borrowed) entries.push(...borrowed.entries);
  const model = assemble(checked, entries, ids);
  if (borrowed) model.organisation = borrowed.borrowed;
  problems.push(...checkReferences(model));
  return { model, findings: problems.map((p) => builtinFinding(p, lang)) };
}

/** What the YAML parser found wrong in a file, at its characters (with the safe fix, when there is one). */
function syntaxProblems(file: CheckedFile): Problem[] {
  return file.parsed.problems.map((p) => ({ rule: 'yaml-syntax', file, path: [], range: p.range, msg: `yaml.${p.msg}`, params: p.params, ...(p.fix !== undefined ? { fix: p.fix } : {}) }));
}

function assemble(files: CheckedFile[], entries: Entry[], ids: Model['ids']): Model {
  const items = Object.fromEntries(ITEM_KINDS.map((k) => [k, [] as Entry[]])) as Model['items'];
  for (const e of entries) (items[e.kind] as Entry[]).push(e);
  const docs = Object.fromEntries(KIND_NAMES.map((k) => [k, [] as DocEntry[]])) as Model['docs'];
  for (const file of files) if (file.kind && file.doc) (docs[file.kind] as DocEntry[]).push({ file, value: file.doc });
  return { files, items, docs, ids };
}
