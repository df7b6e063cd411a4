import { createTwoFilesPatch } from 'diff';
import { resolve } from 'node:path';
import { applyRuleFixes, fixFile } from '../edit/fix.js';
import { exitCode } from '../exit-code.js';
import { t } from '../i18n/index.js';
import { reporters } from '../report/index.js';
import { resultOf } from '../report/result.js';
import { RULE_IDS } from '../rules/index.js';
import { checkSpecs } from '../rules/run.js';
import { parseYaml } from '../yaml/parse.js';
import { displayPath } from '../workspace/load.js';
import { writeFilesAtomic } from '../workspace/write.js';
import { checkOptionsOf, openWorkspace, resolveToday, type CommandResult } from './shared.js';

export interface FixOptions {
  cwd: string;
  /** Show a unified diff and write nothing. */
  dryRun?: boolean;
  today?: string;
  color?: boolean;
  env?: NodeJS.ProcessEnv;
}

/**
 * Applies the safe fixes to every spec file, writes the changed files at once (or, with
 * `--dry-run`, prints a diff), then validates the result. A file that still does not parse after
 * fixing is left untouched.
 */
export async function fix(opts: FixOptions): Promise<CommandResult> {
  const ws = await openWorkspace(opts.cwd, { finish: !opts.dryRun });
  const lang = ws.config.lang;
  const today = resolveToday(opts.today, opts.env ?? process.env);
  const out: string[] = [];
  const writes = new Map<string, string>();
  const after = new Map<string, string>();
  for (const spec of ws.files) {
    // A file not saved as UTF-8 was decoded for reading only: never write it back.
    if (spec.parsed.problems.some((p) => p.msg === 'encoding')) continue;
    const result = fixFile(spec.file, spec.parsed.text, lang);
    // A file that still does not parse keeps the fixes made to its text (each a local edit of a
    // syntax problem: nothing was read from its broken tree); the rest is reported below.
    if (result.unsafe && result.after === result.before) {
      out.push(t(lang, 'fix.unsafe', { file: spec.file }));
      continue;
    }
    if (result.after === result.before) continue;
    out.push(...result.changes.map((c) => `${t(lang, opts.dryRun ? 'fix.wouldFix' : 'fix.fixed')} ${c}`));
    if (result.unsafe) out.push(t(lang, 'fix.partial', { file: spec.file }));
    if (opts.dryRun) out.push(createTwoFilesPatch(spec.file, spec.file, result.before, result.after, '', '', { context: 2 }).trimEnd());
    writes.set(resolve(opts.cwd, spec.file), result.after);
    after.set(spec.file, result.after);
  }
  // Then the fixes rules carry (a target written as a fraction of a % metric): a rule reads the
  // whole workspace, so they are found once, after every file's own fixes.
  const current = () => ws.files.map((f) => (after.has(f.file) ? { file: f.file, parsed: parseYaml(after.get(f.file)!) } : f));
  const textOf = (file: string) => after.get(file) ?? ws.files.find((f) => f.file === file)!.parsed.text;
  const ruleFixes = applyRuleFixes(textOf, checkSpecs(current(), checkOptionsOf(ws.config, today)).findings, RULE_IDS);
  for (const [file, { after: text, fixed }] of ruleFixes) {
    out.push(...fixed.map((f) => `${t(lang, opts.dryRun ? 'fix.wouldFix' : 'fix.fixed')} ${f.file}:${f.line}:${f.col} ${f.message}`));
    if (opts.dryRun) out.push(createTwoFilesPatch(file, file, textOf(file), text, '', '', { context: 2 }).trimEnd());
    writes.set(resolve(opts.cwd, file), text);
    after.set(file, text);
  }
  if (!opts.dryRun && writes.size > 0) await writeFilesAtomic(writes, ws.config.root, (f) => displayPath(opts.cwd, f), { journal: ws.config.root, keepForm: true });
  if (writes.size === 0) out.push(t(lang, 'fix.nothing'));
  // Validate what the workspace is (or, with --dry-run, would be) now.
  const files = current();
  const { findings } = checkSpecs(files, checkOptionsOf(ws.config, today));
  const result = resultOf(findings, files.map((f) => f.file), files, lang);
  out.push('', reporters.stylish(result, { color: Boolean(opts.color) }).trimEnd());
  return { exitCode: exitCode(result.summary), stdout: `${out.join('\n')}\n` };
}
