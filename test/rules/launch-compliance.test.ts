import { launchCompliance } from '../../src/rules/launch-compliance.js';
import { edit, exampleSpecs, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
const brandCheck = (status: string) => edit(en, 'specs/compliance.yaml', /status: pass\n    evidence: Per-brand/, `status: ${status}\n    evidence: Per-brand`);

testRule(launchCompliance, {
  accept: [{ name: 'a plan in review beside an open check (the zh example)', files: zh }],
  reject: [
    { name: 'an approved plan beside a failing check', files: brandCheck('fail'), findings: [{ severity: 'error', file: 'specs/launch-plan.yaml', line: 6, message: 'the launch plan is approved while compliance check `C-BRAND-BIAS` fails' }] },
    { name: 'an approved plan beside an open check warns', files: brandCheck('open'), findings: [{ severity: 'warning', file: 'specs/launch-plan.yaml', line: 6 }] },
  ],
});
