import * as z from 'zod/mini';
import { doc, lazily, parts } from './common.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope, id, ids, text, texts } = parts();
  const complianceCheck = z.strictObject({
    id: id.check(doc('The check\'s id (C- by convention)', '检查项的 id（惯例以 C- 开头）')),
    area: z.enum(['consent', 'anonymization', 'bias', 'explainability', 'content-safety', 'human-oversight', 'labeling', 'filing', 'transparency', 'other']).check(doc(
      'consent | anonymization | bias | explainability | content-safety | human-oversight | labeling | filing | transparency | other',
      'consent 同意 | anonymization 匿名化 | bias 偏见 | explainability 可解释性 | content-safety 内容安全 | human-oversight 人工监督 | labeling 标识 | filing 备案 | transparency 透明度 | other 其他',
    )),
    question: text.check(doc('What is checked, as a question', '检查什么，以问题的形式')),
    status: z.enum(['pass', 'fail', 'open', 'n/a']).check(doc('pass | fail | open | n/a', 'pass 通过 | fail 未通过 | open 待定 | n/a 不适用')),
    evidence: z.optional(text).check(doc('What shows the answer (a document, a test, a link)', '证明答案的材料（文档、测试、链接）')),
    owner: z.optional(text).check(doc('Who answers it', '检查项负责人')),
    covers: z.optional(ids).check(doc(
      'The regulation catalogue items this check answers (`aipm explain --catalogue <id>` lists them)',
      '本检查项回应的法规目录条目（`aipm explain --catalogue <id>` 列出它们）',
      ['EU-AIA-50-1'],
    )),
  });

  return z.strictObject({
    ...envelope('compliance'),
    regulations: z.optional(texts).check(doc('The laws and rules that apply (e.g. GDPR, 个人信息保护法)', '适用的法律法规（例如个人信息保护法、GDPR）')),
    checks: z.array(complianceCheck).check(doc('The compliance and ethics checks, one item each', '合规与伦理检查项，每项一个')),
  });
});

export const compliance = defineKind({
  name: 'compliance',
  title: { zh: '合规与伦理复盘', en: 'Compliance review' },
  get schema() {
    return schema();
  },
  items: { 'compliance-check': { list: 'checks', label: { zh: '合规检查项', en: 'compliance check' }, prefix: 'C-' } },
  refs: [],
  template: 'compliance',
  skeleton: 'compliance.yaml',
});
