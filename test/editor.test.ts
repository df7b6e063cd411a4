import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { init } from '../src/commands/init.js';
import { TODAY } from './helpers.js';
import { YamlLanguageServer } from './lsp.js';

// yaml-language-server is the editor client of the exported JSON Schemas: the same server VS Code's
// YAML extension, Neovim and Helix run. It finds the schema through each file's first line.
describe('JSON Schemas in a real editor client (yaml-language-server)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-editor-'));
  const server = new YamlLanguageServer();
  const file = join(dir, 'specs', 'metrics.yaml');
  let text = '';

  beforeAll(async () => {
    await init({ cwd: dir, yes: true, type: 'customer-service', lang: 'en', owner: 'O', env: { AIPM_TODAY: TODAY } });
    text = readFileSync(file, 'utf8');
    await server.start(dir);
  });
  afterAll(() => server.stop());

  it('a starter file has no diagnostics', async () => {
    expect(await server.open(file, text)).toEqual([]);
  });

  it('a misspelled key, a bad enum value and a bare-number target are flagged at their lines', async () => {
    const broken = text.replace('    definition: "Chats closed', '    defintion: "Chats closed').replace('layer: guardrail', 'layer: guard').replace('target: "<= 10%"', 'target: 10');
    const diagnostics = await server.open(join(dir, 'specs', 'metrics-broken.yaml'), broken);
    const lines = broken.split('\n');
    const at = (needle: string) => lines.findIndex((l) => l.includes(needle));
    const byLine = diagnostics.map((d) => [d.range.start.line, d.message as string]);
    expect(byLine).toEqual(
      expect.arrayContaining([
        [at('defintion:'), expect.stringMatching(/defintion.*not allowed/i)],
        [at('layer: guard'), expect.stringMatching(/business.*model.*system.*guardrail.*feedback/)],
        [at('target: 10'), expect.any(String)],
      ]),
    );
  });

  it('hover shows the field\'s description', async () => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.trimStart().startsWith('definition:'));
    const hover = await server.hover(file, line, lines[line]!.indexOf('definition') + 2);
    expect(JSON.stringify(hover.contents)).toContain('How it is computed');
  });
});
