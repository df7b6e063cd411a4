import { modelMetricSupportsBusiness } from '../../src/rules/model-metric-supports-business.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const noSupports = edit(en, 'specs/metrics.yaml', '    supports: [BM-CYCLE-TIME]\n', '');

testRule(modelMetricSupportsBusiness, {
  accept: [
    { name: 'every model metric names a business metric', files: en },
    { name: 'a system metric without supports', files: edit(noSupports, 'specs/metrics.yaml', 'layer: model', 'layer: system'), othersMaySpeak: true },
  ],
  reject: [
    { name: 'a model metric with no supports, as a warning', files: noSupports, findings: (f) => [{ severity: 'warning', line: lineOf(f['specs/metrics.yaml']!, 'id: M-TOP1-ACC') }] },
  ],
});
