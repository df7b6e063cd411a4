import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { parseConfig } from '../src/workspace/config.js';
import { findConfig } from '../src/workspace/files.js';
import { RULE_IDS } from '../src/rules/index.js';
import { UserError } from '../src/errors.js';
import { t } from '../src/i18n/index.js';
import { writeWorkspace } from './helpers.js';

const GOOD = 'version: 1\nproduct: {id: smart-cs, name: 智能客服, owner: 张三}\nlang: zh\nspecs: specs\n';

function errorOf(text: string): string {
  try {
    parseConfig(text, '/w/aipm.yaml', 'aipm.yaml', RULE_IDS);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const err = e as UserError;
    return t(err.lang ?? 'en', err.msg, err.params);
  }
  throw new Error('no error');
}

describe('aipm.yaml', () => {
  it('reads a valid file with defaults', () => {
    const c = parseConfig(GOOD, '/w/aipm.yaml', 'aipm.yaml', RULE_IDS);
    expect(c).toMatchObject({ lang: 'zh', specs: '/w/specs', out: '/w/docs/aipm', rules: {}, vagueWords: [] });
  });

  it('product.description is read (the packet opens with it)', () => {
    const c = parseConfig('version: 1\nproduct: {id: smart-cs, name: 智能客服, owner: 张三, description: 自动回答售后问题}\n', '/w/aipm.yaml', 'aipm.yaml', RULE_IDS);
    expect(c.product.description).toBe('自动回答售后问题');
    expect(errorOf('version: 1\nproduct: {id: smart-cs, name: 智能客服, owner: 张三, description: [a]}\n')).toMatch(/aipm.yaml:2:\d+ /);
  });

  it('an unknown key names the file, line and column, with the nearest key', () => {
    expect(errorOf(`${GOOD}ruels: {}\n`)).toContain('aipm.yaml:5:1 未知的键 `ruels`；是不是想写 `rules`？');
  });

  it('an unknown rule id suggests the nearest rule', () => {
    expect(errorOf(`${GOOD}rules:\n  milestone-slip: warn\n`)).toContain('aipm.yaml:6:3 未知规则 `milestone-slip`；是不是想写 `milestone-slipped`？');
  });

  it('a bad severity and a bad lang are errors at their values', () => {
    expect(errorOf(`${GOOD}rules:\n  milestone-slipped: warning\n`)).toContain('aipm.yaml:6:22');
    expect(errorOf(GOOD.replace('lang: zh', 'lang: fr'))).toContain('aipm.yaml:3:7 must be one of: zh | en');
  });

  it('paths must stay inside the workspace', () => {
    expect(errorOf(GOOD.replace('specs: specs', 'specs: ../elsewhere'))).toContain('aipm.yaml:4:8 `specs` 必须位于工作区目录之内');
    expect(errorOf(`${GOOD}out: /tmp/x\n`)).toContain('`out` 必须位于工作区目录之内');
  });

  it('broken YAML in aipm.yaml is a user error too', () => {
    expect(errorOf('version: 1\nversion: 1\n')).toContain('aipm.yaml:2:1');
  });

  it('is found from a sub-folder, and the search stops at the git root', () => {
    const dir = writeWorkspace({ 'aipm.yaml': GOOD, 'repo/.git/HEAD': 'ref: x\n', 'repo/specs/deep/a.yaml': '' });
    expect(findConfig(join(dir, 'repo', 'specs', 'deep'))).toBeUndefined();
    mkdirSync(join(dir, 'plain', 'sub'), { recursive: true });
    expect(findConfig(join(dir, 'plain', 'sub'))).toBe(join(dir, 'aipm.yaml'));
  });
});
