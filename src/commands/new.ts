import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { buildModel } from '../check/index.js';
import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { t, type Lang } from '../i18n/index.js';
import { ID_PATTERN } from '../kinds/common.js';
import { isKindName, kinds, KIND_NAMES, type ItemKind, type KindDef, type KindName } from '../kinds/index.js';
import { fill, schemaComment } from '../scaffold/fill.js';
import { readSkeleton } from '../scaffold/files.js';
import { isLive } from '../model/queries.js';
import type { Entry } from '../model/types.js';
import { nearest } from '../suggest.js';
import { isSkippedFolder } from '../workspace/files.js';
import { displayPath } from '../workspace/load.js';
import { writeFilesAtomic } from '../workspace/write.js';
import { DEFAULT_SCHEMA_DIR, openWorkspace, resolveToday, schemaFiles, schemaPathFrom, type CommandResult } from './shared.js';

export interface NewOptions {
  cwd: string;
  kind: string;
  /** The id of the first item (default: the next free id with the kind's prefix). */
  id?: string;
  title?: string;
  /** Where to write (default: `<specs>/<kind>.yaml`, else `<kind>-2.yaml`, …). */
  file?: string;
  /** Overwrite `--file` if it exists. */
  force?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** The item kind whose id a new file of this kind starts with, and its prefix. */
function firstItem(def: KindDef): { kind: ItemKind; prefix: string } | undefined {
  const kind = def.fileItem ?? (Object.values(def.lists)[0] as ItemKind | undefined);
  const prefix = kind && def.idPrefixes[kind];
  return kind && prefix ? { kind, prefix } : undefined;
}

/** PREFIX + (largest number used with that prefix + 1). */
export function nextId(prefix: string, used: Iterable<string>): string {
  const re = new RegExp(`^${prefix.replace(/[-]/g, '\\-')}(\\d+)$`);
  let max = 0;
  for (const id of used) {
    const m = re.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}

export async function newSpec(opts: NewOptions): Promise<CommandResult> {
  const env = opts.env ?? process.env;
  const ws = await openWorkspace(opts.cwd);
  const { config } = ws;
  const lang = config.lang;
  if (!isKindName(opts.kind)) {
    const suggestion = nearest(opts.kind, KIND_NAMES);
    throw new UserError('error.badKind', { value: opts.kind, choices: KIND_NAMES.join(', '), suggestion }, lang);
  }
  const kind: KindName = opts.kind;
  const def: KindDef = kinds[kind];
  const today = resolveToday(undefined, env);
  // Only the model is needed (ids in use, items to refer to): no rule runs.
  const { model } = buildModel(ws.files, lang);
  const used = new Set(model.ids.keys());
  const item = firstItem(def);
  let id = opts.id;
  if (id !== undefined) {
    if (!ID_PATTERN.test(id)) throw new UserError('error.badId', { value: id }, lang);
    if (used.has(id)) throw new UserError('error.idTaken', { value: id }, lang);
  } else if (item) id = nextId(item.prefix, used);

  const show = (f: string) => displayPath(opts.cwd, f);
  let file: string;
  if (opts.file) {
    file = resolve(opts.cwd, opts.file);
    // A new spec goes where validate reads specs, and nowhere else (never over aipm.yaml).
    const rel = relative(config.specs, file);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new UserError('error.newFileOutside', { file: opts.file, specs: show(config.specs) }, lang);
    if (!/\.ya?ml$/i.test(file)) throw new UserError('error.newFileExt', { file: opts.file }, lang);
    const skipped = rel.split(sep).slice(0, -1).find(isSkippedFolder);
    if (skipped !== undefined) throw new UserError('error.newFileSkipped', { file: opts.file, folder: skipped }, lang);
    if (existsSync(file) && !opts.force) throw new UserError('error.exists', { files: show(file) }, lang);
  } else {
    file = join(config.specs, `${kind}.yaml`);
    for (let n = 2; existsSync(file); n++) file = join(config.specs, `${kind}-${n}.yaml`);
  }

  // References in the skeleton point at items that exist, where there are any.
  const missing: { id: string; kind: KindName }[] = [];
  const firstOf = (k: ItemKind, fallback: string, holder: KindName) => {
    const live = model.items[k].filter((e) => isLive(e.file));
    // An evaluation measures the model: prefer a model metric to a business one.
    const found = (k === 'metric' ? (live as Entry<'metric'>[]).find((m) => m.value.layer === 'model') ?? live[0] : live[0])?.id;
    if (!found) missing.push({ id: fallback, kind: holder });
    return found ?? fallback;
  };
  const title = opts.title ?? `${config.product.name} ${def.title[lang]}`;
  const schemaDir = join(config.root, DEFAULT_SCHEMA_DIR);
  const schemaPath = schemaPathFrom(file, schemaDir, kind);
  const text = schemaComment(schemaPath) + fill(await readSkeleton(lang, kind), {
    today,
    id: id ?? '',
    title,
    owner: config.product.owner,
    dataset: firstOf('dataset', 'DS-1', 'data-feasibility'),
    metric: firstOf('metric', 'M-1', 'metrics'),
  });
  const files = new Map([[file, text]]);
  // The schema the first line points at, when it is not there yet (never overwriting one).
  for (const [schemaFile, schemaText] of schemaFiles(schemaDir, lang)) if (!existsSync(schemaFile)) files.set(schemaFile, schemaText);
  await writeFilesAtomic(files, config.root, show);
  const refersTo = /\$\{(dataset|metric)\}/.test(await readSkeleton(lang, kind)) ? missing : [];
  const note = refersTo.length > 0 ? `${t(lang, 'new.missingRefs', { ids: refersTo.map((r) => r.id).join(', '), add: howToAdd(lang, refersTo, model.files) })}\n` : '';
  return { exitCode: exitCode(CLEAN), stdout: `${t(lang, 'new.done', { file: show(file), kind, id: id ? `, ${id}` : '' })}\n${note}` };
}

/** `aipm new <kind>` for the kinds the workspace has no file of; the files to add to for the others. */
function howToAdd(lang: Lang, refs: readonly { kind: KindName }[], files: readonly { file: string; kind?: KindName }[]): string {
  const kindsNeeded = [...new Set(refs.map((r) => r.kind))];
  const lacking = kindsNeeded.filter((k) => !files.some((f) => f.kind === k));
  if (lacking.length > 0) return t(lang, 'new.addWith', { commands: lacking.map((k) => `\`aipm new ${k}\``).join(lang === 'zh' ? '、' : ', ') });
  const holders = files.filter((f) => f.kind && kindsNeeded.includes(f.kind)).map((f) => f.file);
  return t(lang, 'new.addIn', { files: holders.join(', ') });
}
