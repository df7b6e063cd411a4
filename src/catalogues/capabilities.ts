/** Where a product ships (`product.markets`). `global` matches every market. */
export const MARKETS = ['CN', 'EU', 'US', 'global'] as const;
export type Market = (typeof MARKETS)[number];

/** The EU AI Act's Annex III areas: a product with any of them in the EU is a high-risk system. */
export const ANNEX_III_CAPABILITIES = [
  'biometrics',
  'critical-infrastructure',
  'education',
  'employment',
  'essential-services',
  'law-enforcement',
  'migration',
  'justice',
] as const;

/** What a product does, as regulations ask it (`product.capabilities`, a catalogue item's `applies`). */
export const CAPABILITIES = [
  'chatbot',
  'generates-text',
  'generates-image',
  'generates-audio',
  'generates-video',
  'deepfake',
  'emotion-recognition',
  'biometric-categorisation',
  'recommendation',
  'public-opinion',
  'personal-data',
  'sensitive-personal-data',
  'automated-decision',
  'cross-border-data',
  ...ANNEX_III_CAPABILITIES,
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** The catalogues aipm ships, in the order `explain --catalogue` lists them. */
export const BUILTIN_CATALOGUE_IDS = ['eu-ai-act', 'cn-genai', 'cn-pipl'] as const;
