import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './helpers.js';

/** A command that must succeed; its output otherwise. */
export function mustRun(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export const GIT_USER = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

/**
 * aipm's repository as a team reaches it — its files with dist/ as built, committed, tagged `v0`,
 * and no node_modules — in a fresh git repository: what a clone of a tag holds. Made from this
 * checkout's files (tracked, or new and not ignored), so a test sees the change it is testing.
 */
export function freshRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'aipm-repo-'));
  const files = mustRun('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter((f) => f && f !== 'node_modules' && !f.startsWith('dist/'));
  for (const file of files) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    try {
      cpSync(join(ROOT, file), join(repo, file));
    } catch (error) {
      // A file deleted in the checkout but not yet from git's index is not part of it.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  cpSync(join(ROOT, 'dist'), join(repo, 'dist'), { recursive: true });
  mustRun('git', ['init', '-q'], repo);
  mustRun('git', ['add', '--all', '--force', '.'], repo);
  mustRun('git', ['commit', '-q', '-m', 'aipm'], repo, GIT_USER);
  mustRun('git', ['tag', 'v0'], repo);
  return repo;
}
