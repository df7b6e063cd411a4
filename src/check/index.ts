import { ITEM_KINDS, KIND_NAMES } from '../kinds/index.js';
import { t, type Lang } from '../i18n/index.js';
import type { CheckedFile, DocEntry, Entry, Finding, Model, Problem, SpecFile } from '../model/types.js';
import { spanOf } from '../yaml/positions.js';
import { collectIds } from './ids.js';
import { placeBuiltin } from './place.js';
import { checkReferences } from './references.js';
import { checkFileSchema } from './schema.js';

export { place, placeBuiltin, sortFindings, spanOfProblem } from './place.js';

export interface BuiltModel {
  model: Model;
  /** What the stages before the rules found: YAML syntax, schema, duplicate ids, references. Unsorted. */
  findings: Finding[];
}

/**
 * The model of a workspace, pure: YAML syntax, the schema of each file, ids, then references.
 * Each stage skips what an earlier stage found broken, so one mistake is one finding.
 */
export function buildModel(files: readonly SpecFile[], lang: Lang): BuiltModel {
  const findings: Finding[] = [];
  for (const f of files) {
    for (const p of f.parsed.problems) {
      const span = spanOf(f.parsed.lineCounter, p.range[0], p.range[1]);
      const anchor = `@${f.parsed.text.slice(p.range[0], p.range[1]).slice(0, 80)}#yaml.${p.msg}`;
      findings.push({ rule: 'yaml-syntax', severity: 'error', file: f.file, ...span, message: t(lang, `yaml.${p.msg}`, p.params), anchor, ...(p.fix !== undefined ? { fix: { start: p.range[0], end: p.range[1], text: p.fix } } : {}) });
    }
  }
  const problems: Problem[] = [];
  const checked: CheckedFile[] = [];
  const entries: Entry[] = [];
  for (const f of files) {
    const outcome = checkFileSchema(f);
    checked.push(outcome.file);
    problems.push(...outcome.problems);
    entries.push(...outcome.entries);
  }
  const { ids, problems: duplicates } = collectIds(checked);
  problems.push(...duplicates);
  const model = assemble(checked, entries, ids);
  problems.push(...checkReferences(model));
  for (const problem of problems) findings.push(placeBuiltin(problem, lang));
  return { model, findings };
}

function assemble(files: CheckedFile[], entries: Entry[], ids: Model['ids']): Model {
  const items = Object.fromEntries(ITEM_KINDS.map((k) => [k, [] as Entry[]])) as Model['items'];
  for (const e of entries) (items[e.kind] as Entry[]).push(e);
  const docs = Object.fromEntries(KIND_NAMES.map((k) => [k, [] as DocEntry[]])) as Model['docs'];
  for (const file of files) if (file.kind && file.doc) (docs[file.kind] as DocEntry[]).push({ file, value: file.doc });
  return { files, items, docs, ids };
}
