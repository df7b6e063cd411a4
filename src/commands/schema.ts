import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { t } from '../i18n/index.js';
import { SCHEMA_MARK } from '../kinds/json-schema.js';
import { findConfig } from '../workspace/files.js';
import { workspaceFs } from '../workspace/fs.js';
import { displayPath } from '../workspace/load.js';
import { DEFAULT_SCHEMA_DIR, inLang, languageFor, schemaFiles, writeOrFail, type CommandResult } from './shared.js';

export interface SchemaOptions {
  cwd: string;
  /** Folder for the `<kind>.json` files; default `.aipm/schemas` in the workspace (else in cwd). */
  out?: string;
  /** Write nothing; exit 1 when a file is missing or differs. */
  check?: boolean;
  /** Overwrite files aipm did not write. */
  force?: boolean;
  /** The language of the fields' descriptions (zh | en); default the workspace's `lang`. */
  lang?: string;
  env?: NodeJS.ProcessEnv;
}

export async function schema(opts: SchemaOptions): Promise<CommandResult> {
  const lang = await languageFor(opts.cwd, opts.lang, opts.env ?? process.env);
  const configFile = findConfig(opts.cwd);
  const base = configFile ? resolve(configFile, '..') : opts.cwd;
  const dir = opts.out ? resolve(opts.cwd, opts.out) : join(base, DEFAULT_SCHEMA_DIR);
  const show = (f: string) => displayPath(opts.cwd, f);
  const files = schemaFiles(dir, lang);
  // Read and written only inside the workspace (or the folder --out names): a linked .aipm is refused.
  const fs = workspaceFs(opts.out ? dir : base, show);
  const stale: string[] = [];
  const missing = new Set<string>();
  const foreign: string[] = [];
  for (const [file, text] of files) {
    const now = await inLang(lang, () => fs.readIfExists(file));
    if (now === text) continue;
    stale.push(file);
    if (now === undefined) missing.add(file);
    else if (!now.includes(SCHEMA_MARK)) foreign.push(file);
  }
  if (opts.check) {
    if (stale.length === 0) return { exitCode: exitCode(CLEAN), stdout: `${t(lang, 'schema.upToDate', { dir: show(dir) })}\n` };
    // Exactly what to run: with the folder when it is not the default, and --force over files aipm did not write.
    const command = ['aipm schema', ...(opts.out ? [`--out ${show(dir)}`] : []), ...(opts.lang ? [`--lang ${lang}`] : []), ...(foreign.length ? ['--force'] : [])].join(' ');
    const lines = stale.map((f) => t(lang, missing.has(f) ? 'schema.fileMissing' : 'schema.stale', { file: show(f) }));
    return { exitCode: exitCode({ ...CLEAN, stale: true }), stdout: `${lines.join('\n')}\n${t(lang, 'schema.run', { command })}\n` };
  }
  if (foreign.length > 0 && !opts.force) throw new UserError('error.exists', { files: foreign.map(show).join(', ') }, lang);
  for (const file of stale) await writeOrFail(file, files.get(file)!, show(file), opts.out ? dir : base, lang);
  return { exitCode: exitCode(CLEAN), stdout: `${t(lang, 'schema.written', { count: files.size, dir: show(dir), written: stale.length })}\n` };
}
