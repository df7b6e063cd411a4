import { fields, list, md, percent, ref, table, word, yesNo, type BodyBuilder } from '../context.js';

export const dataFeasibilityView: BodyBuilder<'data-feasibility'> = (ctx, doc) => ({
  facts: fields(ctx, [['conclusion', doc.conclusion && `**${word(ctx, 'verdict', doc.conclusion)}**`]]),
  overview: table(
    ctx,
    ['id', 'name', 'source_', 'availability', 'volume', 'verdict', 'owner'],
    doc.datasets.map((d) => [d.id, md(d.name), word(ctx, 'datasetSource', d.source), word(ctx, 'availability', d.availability), d.volume && `${d.volume.have} / ${d.volume.need}${d.volume.unit ? ` ${md(d.volume.unit)}` : ''}`, word(ctx, 'verdict', d.verdict), md(d.owner)]),
  ),
  items: doc.datasets.map((d) => ({
    heading: `${d.id} ${md(d.name)}`,
    fields: fields(ctx, [
      ['quality', d.quality && [
        d.quality.missing_rate !== undefined ? `${ctx.text('missingRate')} ${percent(d.quality.missing_rate)}` : '',
        d.quality.anomaly_rate !== undefined ? `${ctx.text('anomalyRate')} ${percent(d.quality.anomaly_rate)}` : '',
        d.quality.label_error_rate !== undefined ? `${ctx.text('labelErrorRate')} ${percent(d.quality.label_error_rate)}` : '',
      ].filter(Boolean).join(', ')],
      ['coverage', d.coverage?.map((c) => `${md(c.scenario)} (${ctx.text(c.covered ? 'covered' : 'notCovered')})`).join(', ')],
      ['biasRisks', list(d.bias_risks)],
      ['labeling', d.labeling && [
        `${ctx.text('labelRequired')}: ${yesNo(ctx, d.labeling.required)}`,
        d.labeling.max_error_rate !== undefined ? `${ctx.text('labelMaxError')}: ${percent(d.labeling.max_error_rate)}` : '',
        d.labeling.sample_rate !== undefined ? `${ctx.text('labelSample')}: ${percent(d.labeling.sample_rate)}` : '',
        d.labeling.rules ? `${ctx.text('labelRules')}: ${md(d.labeling.rules)}` : '',
      ].filter(Boolean).join(', ')],
      ['compliance', d.compliance && [
        `${ctx.text('personalData')}: ${yesNo(ctx, d.compliance.personal_data)}`,
        // Consent and anonymisation are questions only for personal data.
        d.compliance.personal_data === false ? '' : `${ctx.text('consent')}: ${yesNo(ctx, d.compliance.consent)}`,
        d.compliance.personal_data === false ? '' : `${ctx.text('anonymized')}: ${yesNo(ctx, d.compliance.anonymized)}`,
        d.compliance.basis ? `${ctx.text('basis')}: ${md(d.compliance.basis)}` : '',
      ].filter(Boolean).join(', ')],
      ['gaps', list(d.gaps)],
    ]),
  })),
});
