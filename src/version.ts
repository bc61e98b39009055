/** Kept equal to package.json's version by tests/version.test.ts. */
export const VERSION = '0.1.0';

declare const __SCALEPLAN_BUILD__: string | undefined;

/**
 * The build: a hash of the sources and the lockfile, set by scripts/build.ts ("source" when
 * running from src/). The lint cache is valid for one build only, because the version stays
 * the same between releases while the parser may change.
 */
export const BUILD: string =
  typeof __SCALEPLAN_BUILD__ === 'string' ? __SCALEPLAN_BUILD__ : 'source';
