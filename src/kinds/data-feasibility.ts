import * as z from 'zod/mini';
import { doc, itemList, lazily, parts } from './common.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope, id, rate, text, texts } = parts();
  const verdict = z.enum(['go', 'conditional', 'no-go']);
  const bool = (en: string, zh: string) => z.boolean().check(doc(en, zh));

  const dataset = z.strictObject({
    id: id.check(doc('The dataset\'s id (DS- by convention)', '数据集的 id（惯例以 DS- 开头）')),
    name: text.check(doc('What the data is', '数据集名称')),
    owner: text.check(doc('Who is accountable for the data', '数据负责人')),
    source: z.enum(['internal', 'external', 'purchased', 'generated'])
      .check(doc('internal | external | purchased | generated', 'internal 内部 | external 外部 | purchased 采购 | generated 生成')),
    availability: z.enum(['available', 'partial', 'unavailable'])
      .check(doc('available | partial | unavailable', 'available 可用 | partial 部分可用 | unavailable 不可用')),
    volume: z.optional(z.strictObject({
      have: z.number().check(z.gte(0), doc('How much there is now', '现有数量')),
      need: z.number().check(z.gte(0), doc('How much the model needs', '模型需要的数量')),
      unit: z.optional(text).check(doc('What is counted (images, conversations…)', '计数单位（图片、对话……）')),
    })).check(doc('How much data there is against how much is needed', '数据量：现有与需要')),
    quality: z.optional(z.strictObject({
      missing_rate: z.optional(rate).check(doc('Share of records with missing values, 0-1', '缺失值记录占比，0-1')),
      anomaly_rate: z.optional(rate).check(doc('Share of anomalous records, 0-1', '异常记录占比，0-1')),
      label_error_rate: z.optional(rate).check(doc('Share of wrong labels, 0-1', '标注错误占比，0-1')),
    })).check(doc('Data quality, as fractions 0-1', '数据质量，以 0-1 的小数表示')),
    coverage: z.optional(z.array(z.strictObject({
      scenario: text.check(doc('A situation the product meets (rain, night, new users…)', '产品会遇到的场景（雨天、夜间、新用户……）')),
      covered: z.boolean().check(doc('Whether the data covers it', '数据是否覆盖该场景')),
    }))).check(doc('Scenarios the data covers or misses (rain, night, new users…)', '数据覆盖或缺失的场景（雨天、夜间、新用户……）')),
    bias_risks: z.optional(texts).check(doc('Ways the data may be skewed (e.g. cold start for new users)', '数据可能存在的偏差（例如新用户冷启动）')),
    labeling: z.optional(z.strictObject({
      required: bool('Whether the data needs labeling', '是否需要标注'),
      rules: z.optional(text).check(doc('The labeling guideline, or where it is', '标注规范，或其所在位置')),
      max_error_rate: z.optional(rate).check(doc('The highest label error rate accepted, 0-1', '可接受的最高标注错误率，0-1')),
      sample_rate: z.optional(rate).check(doc('Share of labels checked by sampling, 0-1', '抽检比例，0-1')),
    })).check(doc('Whether and how the data is labeled', '是否需要标注、如何标注')),
    compliance: z.optional(z.strictObject({
      personal_data: bool('Whether it contains personal data', '是否含个人信息'),
      consent: z.optional(z.boolean()).check(doc('Whether the people it is about consented', '是否已获得本人同意')),
      anonymized: z.optional(z.boolean()).check(doc('Whether it is anonymised', '是否已匿名化')),
      basis: z.optional(text).check(doc('The legal basis for using it', '使用该数据的法律依据')),
    })).check(doc('Personal data: consent, anonymisation and the legal basis', '个人信息：同意、匿名化与法律依据')),
    verdict: verdict.check(doc('Can the data support the plan: go | conditional | no-go', '数据能否支撑方案：go 可行 | conditional 有条件可行 | no-go 不可行')),
    gaps: z.optional(texts).check(doc('What is missing, and what it would take', '还缺什么，补齐需要什么')),
  });

  return z.strictObject({
    ...envelope('data-feasibility'),
    conclusion: z.optional(verdict).check(doc('Overall verdict: go | conditional | no-go', '总体结论：go 可行 | conditional 有条件可行 | no-go 不可行')),
    datasets: itemList(dataset).check(doc('The datasets assessed, one item each', '评估的数据集，每项一个')),
  });
});

export const dataFeasibility = defineKind({
  name: 'data-feasibility',
  title: { zh: '数据可行性报告', en: 'Data feasibility' },
  get schema() {
    return schema();
  },
  items: { dataset: { list: 'datasets', label: { zh: '数据集', en: 'dataset' }, prefix: 'DS-' } },
  refs: [],
  template: 'data-feasibility',
  skeleton: 'data-feasibility.yaml',
  init: true,
});
