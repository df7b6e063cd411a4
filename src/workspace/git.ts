import { spawnSync } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { SpecFile } from '../model/types.js';
import { parseYamlBytes } from '../yaml/parse.js';
import { isSpecFileName } from './files.js';


/** Runs git with arguments as an array (never a shell), in `cwd`. */
function git(cwd: string, args: string[]): { ok: boolean; out: Buffer; err: string } {
  const r = spawnSync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  return { ok: r.status === 0, out: r.stdout ?? Buffer.alloc(0), err: r.stderr?.toString() ?? '' };
}

/**
 * The spec files as they were at a git revision: every `*.yaml`/`*.yml` below the specs folder in
 * that commit, shown with the same paths as the working tree's. No repository, or a revision git
 * does not know (a shallow clone often lacks it), is exit 2 with a hint.
 */
export function specsAtRevision(specsDir: string, ref: string, show: (abs: string) => string): SpecFile[] {
  if (ref.startsWith('-') || ref.includes('\0')) throw new UserError('error.gitRevision', { ref, hint: '' });
  const top = git(specsDir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UserError('error.gitNoRepo', { dir: show(specsDir) });
  const root = top.out.toString().trim();
  const commit = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!commit.ok) {
    const shallow = git(root, ['rev-parse', '--is-shallow-repository']).out.toString().trim() === 'true';
    throw new UserError('error.gitRevision', { ref, hint: shallow ? ' (this clone is shallow: run `git fetch --unshallow`, or fetch with fetch-depth: 0 in CI)' : '' });
  }
  const sha = commit.out.toString().trim();
  const folder = relative(root, specsDir).split(sep).join('/');
  const listed = git(root, ['ls-tree', '-r', '-z', '--name-only', sha, '--', folder === '' ? '.' : folder]);
  if (!listed.ok) throw new UserError('error.gitRevision', { ref, hint: '' });
  const paths = listed.out.toString().split('\0').filter((p) => p && isSpecFileName(p)).sort();
  return paths.map((path) => {
    const blob = git(root, ['show', `${sha}:${path}`]);
    return { file: show(join(root, ...path.split('/'))), parsed: parseYamlBytes(new Uint8Array(blob.out)) };
  });
}

/**
 * A file of the repository at `root` as it was at a git revision (the revision already checked by
 * specsAtRevision), or undefined where it was not then, or git cannot say.
 */
export function textAtRevision(root: string, file: string, ref: string): string | undefined {
  if (ref.startsWith('-') || ref.includes('\0')) return undefined;
  const path = relative(root, file).split(sep).join('/');
  const blob = git(root, ['show', `${ref}:${path}`]);
  return blob.ok ? blob.out.toString('utf8') : undefined;
}
