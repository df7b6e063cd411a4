import type { Finding } from '../model/types.js';
import type { Reporter, ValidateResult } from './types.js';
import { forXml } from '../safe-text.js';

/** Text for XML: the XML sink of safe-text.ts. */
const xml = forXml;

const where = (f: Finding) => `${f.file}:${f.line}:${f.col}`;

interface Case {
  name: string;
  failures: Finding[];
  notes: Finding[];
}

/** A file's test cases: one per rule that spoke there, or one passing case for a clean file. */
function casesOf(findings: readonly Finding[]): Case[] {
  const byRule = new Map<string, Case>();
  for (const f of findings) {
    const c = byRule.get(f.rule) ?? { name: f.rule, failures: [], notes: [] };
    byRule.set(f.rule, c);
    (f.severity === 'error' && !f.suppressed ? c.failures : c.notes).push(f);
  }
  return byRule.size ? [...byRule.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) : [{ name: 'aipm', failures: [], notes: [] }];
}

function testcase(file: string, c: Case): string {
  const open = `    <testcase classname="${xml(file)}" name="${xml(c.name)}">`;
  if (c.failures.length === 0 && c.notes.length === 0) return `${open.slice(0, -1)} />`;
  const failures = c.failures.map((f) => `      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(`${where(f)} ${f.message}`)}</failure>`);
  const notes = c.notes.map((f) => `${where(f)} ${f.suppressed ? `suppressed (${f.suppressed.reason})` : f.severity}: ${f.message}`);
  const out = notes.length ? [`      <system-out>${xml(notes.join('\n'))}</system-out>`] : [];
  return [open, ...failures, ...out, '    </testcase>'].join('\n');
}

/**
 * JUnit XML for CI test views (GitLab, Jenkins, Azure): one testsuite per spec file, one testcase
 * per rule that spoke in it (a `<failure>` per error), and a passing `aipm` testcase for a clean
 * file. Warnings and suppressed findings are kept in `<system-out>` and do not fail a test. A
 * product whose aipm.yaml is bad is a testsuite with an `<error>`.
 */
export const junit: Reporter = (result: ValidateResult) => {
  const files = result.files ?? [...new Set(result.findings.map((f) => f.file))];
  const byFile = new Map<string, Finding[]>(files.map((f) => [f, []]));
  for (const f of result.findings) (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];
  for (const [file, findings] of byFile) {
    const cases = casesOf(findings);
    const failed = cases.filter((c) => c.failures.length > 0).length;
    tests += cases.length;
    failures += failed;
    suites.push([`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">`, ...cases.map((c) => testcase(file, c)), '  </testsuite>'].join('\n'));
  }
  for (const p of result.products ?? []) {
    if (!p.fatal) continue;
    tests += 1;
    errors += 1;
    const at = p.fatal.line ? `${p.config}:${p.fatal.line}:${p.fatal.col}` : p.config;
    suites.push([`  <testsuite name="${xml(p.config)}" tests="1" failures="0" errors="1" skipped="0">`, `    <testcase classname="${xml(p.config)}" name="aipm.yaml">`, `      <error message="${xml(p.fatal.message)}" type="config">${xml(`${at} ${p.fatal.message}`)}</error>`, '    </testcase>', '  </testsuite>'].join('\n'));
  }
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="aipm" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0">`, ...suites, '</testsuites>', ''].join('\n');
};
