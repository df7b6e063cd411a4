import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;

/** Where the README lives: SARIF's `informationUri`, and rule help links (`#rules`). */
export const HOMEPAGE: string = pkg.homepage.replace(/#.*$/, '');
