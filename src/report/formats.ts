/**
 * The names of validate's output formats. Kept apart from the reporters so the CLI can offer them
 * as `--format` choices without loading any reporter; the registry must cover exactly these.
 */
export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'codequality'] as const;
export type Format = (typeof FORMATS)[number];
