import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { SpecFile } from '../check/types.js';
import { CONFIG_FILE, parseConfig, type Config } from './config.js';
import { isSpecFileName, listFiles } from './files.js';
import { parseYaml } from './parse.js';

export interface Workspace {
  config: Config;
  /** Every spec file of the workspace, parsed, sorted by path. */
  files: SpecFile[];
}

/** A path as shown to the user: relative to `cwd`, with `/` separators. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** aipm.yaml in `cwd` or the nearest folder above it, stopping at the git root (as git finds .git). */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

async function readText(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError('error.readFailed', { file: displayPath(cwd, file), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

export async function loadConfig(configFile: string, cwd: string): Promise<Config> {
  return parseConfig(await readText(configFile, cwd), configFile, displayPath(cwd, configFile));
}

export async function readSpecFile(file: string, cwd: string): Promise<SpecFile> {
  return { file: displayPath(cwd, file), parsed: parseYaml(await readText(file, cwd)) };
}

/** Loads the workspace whose aipm.yaml is found from `cwd`, plus any extra spec files named. */
export async function loadWorkspace(cwd: string, options: { configFile?: string; extraFiles?: readonly string[] } = {}): Promise<Workspace> {
  const configFile = options.configFile ?? findConfig(cwd);
  if (!configFile) throw new UserError('error.configNotFound', { cwd });
  const config = await loadConfig(configFile, cwd);
  const paths = new Set(await listFiles(config.specs));
  for (const extra of options.extraFiles ?? []) paths.add(extra);
  const files = await Promise.all([...paths].sort().map((p) => readSpecFile(p, cwd)));
  return { config, files };
}

/** The spec files a list of paths names: files as given, folders searched below. */
export async function expandPaths(cwd: string, paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const full = resolve(cwd, p);
    const info = await stat(full).catch(() => undefined);
    if (!info) throw new UserError('error.pathNotFound', { path: p });
    if (info.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return [...new Set(out)].sort();
}

export { isSpecFileName };
