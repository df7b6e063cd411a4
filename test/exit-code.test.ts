import { describe, expect, it } from 'vitest';
import { exitCode } from '../src/exit-code.js';
import { reportError } from '../src/cli-errors.js';
import { UserError } from '../src/errors.js';

describe('exitCode', () => {
  it('follows the spec', () => {
    expect(exitCode({ errors: 0, warnings: 0 })).toBe(0);
    expect(exitCode({ errors: 0, warnings: 3 })).toBe(0);
    expect(exitCode({ errors: 0, warnings: 3 }, { strict: true })).toBe(1);
    expect(exitCode({ errors: 1, warnings: 0 })).toBe(1);
    expect(exitCode({ errors: 1, warnings: 0, userError: true })).toBe(2);
    expect(exitCode({ errors: 0, warnings: 0, internalError: true, userError: true })).toBe(3);
    // render --check and schema --check: stale generated files fail like errors; Ctrl-C at a prompt is 130.
    expect(exitCode({ errors: 0, warnings: 0, stale: true })).toBe(1);
    expect(exitCode({ errors: 0, warnings: 0, cancelled: true })).toBe(130);
    expect(exitCode({ errors: 0, warnings: 0, cancelled: true, userError: true })).toBe(2);
  });
});


describe('reportError', () => {
  it('a UserError is one line on stderr, exit 2; in json, a fatal object on stdout', () => {
    const plain = reportError(new UserError('error.pathNotFound', { path: 'x.yaml' }), { json: false, env: {} });
    expect(plain).toEqual({ exitCode: 2, stdout: '', stderr: 'aipm: no such file or folder: x.yaml\n' });
    const json = reportError(new UserError('error.pathNotFound', { path: 'x.yaml' }, 'zh'), { json: true, env: {} });
    expect(JSON.parse(json.stdout)).toMatchObject({ fatal: { code: 2, message: '文件或目录不存在：x.yaml' } });
  });

  it('a UserError made by another copy of errors.ts (each built command file has its own) is still one', async () => {
    const another = '../src/errors.ts?another-copy';
    const copy = (await import(/* @vite-ignore */ another)) as typeof import('../src/errors.js');
    expect(copy.UserError).not.toBe(UserError);
    const r = reportError(new copy.UserError('error.pathNotFound', { path: 'x.yaml' }), { json: false, env: {} });
    expect(r).toEqual({ exitCode: 2, stdout: '', stderr: 'aipm: no such file or folder: x.yaml\n' });
    // An error that only calls itself one is not.
    const lookalike = Object.assign(new Error('error.pathNotFound'), { name: 'UserError', msg: 'error.pathNotFound', params: { path: 'x.yaml' } });
    expect(reportError(lookalike, { json: false, env: {} }).exitCode).toBe(3);
  });

  it('anything else is a bug: exit 3, a request to report it, and the stack only with AIPM_DEBUG', () => {
    const bug = new TypeError('cannot read properties of undefined');
    const r = reportError(bug, { json: false, env: {} });
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toContain('internal error (a bug). Please report it');
    expect(r.stderr).not.toContain('    at ');
    expect(reportError(bug, { json: false, env: { AIPM_DEBUG: '1' } }).stderr).toContain('    at ');
  });
});
