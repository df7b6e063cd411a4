import { dirname, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { CONFIG_FILE, findConfig, findConfigsBelow, isSpecFileName, readText } from '../workspace/files.js';
import { displayPath } from '../workspace/load.js';
import { byFolder, openWorkspace, type CommandResult } from './shared.js';

/** What the hook checks: the specs (`validate`), or that the rendered documents are current (`render`). */
export const PRE_COMMIT_CHECKS = ['validate', 'render'] as const;
export type PreCommitCheck = (typeof PRE_COMMIT_CHECKS)[number];

export interface PreCommitOptions {
  /** The repository root (where pre-commit runs hooks); the files are relative to it. */
  cwd: string;
  check: PreCommitCheck;
  /** The files pre-commit passes: any staged YAML (and, for `render`, Markdown and templates). */
  files: readonly string[];
  strict?: boolean;
  today?: string;
  color?: boolean;
  env?: NodeJS.ProcessEnv;
}

const inside = (folder: string, file: string) => {
  const rel = relative(folder, file);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
};

/**
 * The products the given files belong to, each by its aipm.yaml: the nearest aipm.yaml above a
 * file, if the file is that aipm.yaml or lies in its `specs` folder (for `render`, also its `out`
 * and `templates` folders). The folders are the product's own settings, so a product that keeps
 * its specs in `plan/` is matched as well as one using `specs/`. A product whose aipm.yaml cannot
 * be read is matched by any file in its folder, so that the check reports what is wrong with it.
 * A YAML file that belongs to no product brings the products whose aipm.yaml extends it (an
 * organisation file).
 */
export async function productsOf(cwd: string, files: readonly string[], check: PreCommitCheck): Promise<string[]> {
  const byConfig = new Map<string, string[]>();
  for (const file of files) {
    const abs = resolve(cwd, file);
    const config = findConfig(dirname(abs));
    if (config) byConfig.set(config, [...(byConfig.get(config) ?? []), abs]);
  }
  const matched = new Set<string>();
  const claimed = new Set<string>();
  for (const [config, owned] of byConfig) {
    let folders: string[];
    try {
      const { config: settings } = await openWorkspace(dirname(config));
      folders = [settings.specs, ...(check === 'render' ? [settings.out, ...(settings.templates ? [settings.templates] : [])] : [])];
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      folders = [dirname(config)];
    }
    for (const file of owned) {
      if (file !== config && !folders.some((folder) => inside(folder, file))) continue;
      matched.add(config);
      claimed.add(file);
    }
  }
  // A YAML file no product owns may be an organisation file: the products that extend it.
  const unowned = new Set(files.map((file) => resolve(cwd, file)).filter((file) => isSpecFileName(file) && !claimed.has(file)));
  if (unowned.size > 0) for (const config of await extendingAny(cwd, unowned)) matched.add(config);
  return [...matched].sort(byFolder);
}

/**
 * The products below `cwd` whose aipm.yaml `extends:` one of `files`, read from its text (so that
 * a broken organisation file still brings its products to be checked, and reported).
 */
async function extendingAny(cwd: string, files: ReadonlySet<string>): Promise<string[]> {
  const found: string[] = [];
  for (const config of await findConfigsBelow(cwd)) {
    let text: string;
    try {
      text = await readText(config, displayPath(cwd, config));
    } catch (error) {
      if (error instanceof UserError) continue;
      throw error;
    }
    const written = /^extends:[ \t]*(?:"([^"]*)"|'([^']*)'|([^#\s][^#\n]*?))[ \t]*(?:#.*)?$/m.exec(text);
    const target = written && (written[1] ?? written[2] ?? written[3]);
    if (target && files.has(resolve(dirname(config), target))) found.push(config);
  }
  return found;
}

/**
 * `aipm pre-commit validate|render FILE...`: the pre-commit hooks' entry. Checks each product a
 * given file belongs to, once, with paths shown from the repository root; files of no product
 * (a workflow, another tool's YAML) are passed over, and when none is left it is a clean run.
 */
export async function preCommit(opts: PreCommitOptions): Promise<CommandResult> {
  const { check } = opts;
  const configs = await productsOf(opts.cwd, opts.files, check);
  if (configs.length === 0) return { exitCode: 0, stdout: '' };
  // The other commands are loaded as their own files (the build keeps a dynamic import of a
  // command as a require of its file), so this one repeats neither.
  if (check === 'validate') {
    const { validate } = await import('./validate.js');
    const { exitCode, stdout, stderr } = await validate({ cwd: opts.cwd, all: true, configs, strict: opts.strict, today: opts.today, color: opts.color, env: opts.env });
    return { exitCode, stdout, ...(stderr ? { stderr } : {}) };
  }
  // render --check, product by product; each report is headed by the product's folder.
  const { render } = await import('./render.js');
  let exitCode = 0;
  let stdout = '';
  for (const config of configs) {
    const folder = dirname(config);
    const result = await render({ cwd: folder, packet: true, check: true, color: opts.color, env: opts.env });
    exitCode = Math.max(exitCode, result.exitCode);
    if (result.stdout) stdout += configs.length > 1 || folder !== resolve(opts.cwd) ? `${displayPath(opts.cwd, config).slice(0, -CONFIG_FILE.length) || './'}\n${result.stdout}` : result.stdout;
  }
  return { exitCode, stdout };
}
