import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScaleplanError } from '../../src/errors.js';
import { POLICY_PACK_CONFIGS, POLICY_PACKS } from '../../src/generated/policies.js';
import { validateConfig } from '../../src/generated/validate-config.js';
import { closestMatch } from '../../src/shared/closest.js';
import { findConfigFile, loadConfig } from '../../src/lint/config/find.js';
import { RuleSettingsResolver } from '../../src/lint/config/resolve.js';
import type { RuleSetting } from '../../src/lint/config/types.js';
import { scratchSpace } from '../_utils.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'fixtures/config');
const scratch = scratchSpace('config');

/** The rule settings a policy pack spells (the file in policies/, not a copy). */
function packRules(name: string): Record<string, RuleSetting> {
  const pack = parse(POLICY_PACKS[name] ?? '') as { rules?: Record<string, unknown> };
  return Object.fromEntries(
    Object.entries(pack.rules ?? {}).map(([id, entry]) => [
      id,
      typeof entry === 'string' ? ({ severity: entry } as RuleSetting) : (entry as RuleSetting),
    ]),
  );
}

function configError(text: string, name = '.scaleplan.yaml'): string {
  const directory = scratch.tree();
  fs.writeFileSync(path.join(directory, name), text);
  try {
    loadConfig(undefined, directory);
  } catch (error) {
    if (error instanceof ScaleplanError) {
      expect(error.code).toMatch(/^CONFIG_/);
      return error.format();
    }
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('config discovery', () => {
  it('finds .scaleplan.yaml in the working directory or above', () => {
    const expected = path.join(FIXTURES, 'discovery/.scaleplan.yaml');
    expect(findConfigFile(path.join(FIXTURES, 'discovery'))).toBe(expected);
    expect(findConfigFile(path.join(FIXTURES, 'discovery/apps/web'))).toBe(expected);
    const config = loadConfig(undefined, path.join(FIXTURES, 'discovery/apps/web'));
    expect(config).toMatchObject({
      file: expected,
      baseDirectory: path.join(FIXTURES, 'discovery'),
      kubeVersion: '1.29',
      namespace: 'shop',
      rules: { 'hpa-min-max': { severity: 'warning' } },
    });
  });

  it('uses --config relative to the working directory, and says when it is missing', () => {
    const config = loadConfig('fixtures/config/discovery/.scaleplan.yaml', ROOT);
    expect(config.file).toBe(path.join(FIXTURES, 'discovery/.scaleplan.yaml'));
    expect(() => loadConfig('no/such/config.yaml', ROOT)).toThrow(
      'Config file not found: no/such/config.yaml',
    );
  });

  it('runs the packs from settings parsed from their text and valid against the schema', () => {
    expect(Object.keys(POLICY_PACK_CONFIGS)).toEqual(Object.keys(POLICY_PACKS));
    for (const [name, text] of Object.entries(POLICY_PACKS)) {
      expect(POLICY_PACK_CONFIGS[name], `policies/${name}.yaml`).toEqual(parse(text));
      expect(validateConfig(POLICY_PACK_CONFIGS[name]), `policies/${name}.yaml`).toBe(true);
    }
  });

  it('uses the recommended pack when there is no config file', () => {
    const directory = scratch.tree();
    expect(findConfigFile(directory)).toBeUndefined();
    const config = loadConfig(undefined, directory);
    expect(config.file).toBeUndefined();
    expect(config.rules).toEqual(packRules('recommended'));
    expect(config.baseDirectory).toBe(directory);
  });

  it('accepts an empty or comment-only file as "no changes"', () => {
    for (const text of ['', '# nothing yet\n', '---\n']) {
      const directory = scratch.tree();
      fs.writeFileSync(path.join(directory, '.scaleplan.yaml'), text);
      expect(loadConfig(undefined, directory)).toMatchObject({ rules: {}, ignore: [] });
    }
  });
});

describe('extends', () => {
  it('resolves a chain of relative paths down to a policy pack, later settings winning', () => {
    const team = path.join(FIXTURES, 'chain/team');
    const config = loadConfig(undefined, team);
    const strict = packRules('strict');
    expect(Object.keys(strict).length).toBeGreaterThan(0);
    for (const [id, setting] of Object.entries(strict)) {
      if (id !== 'hpa-scale-down-unstabilized') {
        expect(config.rules[id]).toEqual(setting);
      }
    }
    // org/base.yaml lowers the severity; team/.scaleplan.yaml raises the option; both stay.
    expect(config.rules['hpa-scale-down-unstabilized']).toEqual({
      severity: 'warning',
      options: { minimumSeconds: 300 },
    });
    expect(config.kubeVersion).toBe('v1.30');
    expect(config.baseDirectory).toBe(team);
    // The parent's globs keep meaning its own directory.
    expect(config.ignore).toEqual(['../org/vendor/**', 'generated/']);
    expect(config.overrides.map((override) => override.files)).toEqual([
      ['../org/**/legacy/**'],
      ['legacy/keep-*.yaml'],
    ]);
  });

  it('applies overrides by file glob, in order', () => {
    const team = path.join(FIXTURES, 'chain/team');
    const resolver = new RuleSettingsResolver(loadConfig(undefined, team), team);
    expect(resolver.forFile('hpa.yaml')['hpa-min-max']).toEqual({ severity: 'error' });
    expect(resolver.forFile('legacy/keep-1.yaml')['hpa-min-max']).toEqual({ severity: 'info' });
    // **/legacy/** of org/base.yaml is rebased to ../org/, so it does not reach team/legacy.
    expect(resolver.forFile('legacy/old.yaml')['hpa-min-max']).toEqual({ severity: 'error' });
  });

  it('stops a loop of extends with the files of the loop', () => {
    expect(() => loadConfig('fixtures/config/loop/a.yaml', ROOT)).toThrow(ScaleplanError);
    try {
      loadConfig('fixtures/config/loop/a.yaml', ROOT);
    } catch (error) {
      expect((error as ScaleplanError).format()).toBe(
        'fixtures/config/loop/b.yaml:3:5: Config files extend each other in a loop: fixtures/config/loop/a.yaml → fixtures/config/loop/b.yaml → fixtures/config/loop/a.yaml. Remove one of these extends entries.',
      );
    }
  });

  it('names the closest pack for a misspelt one, and a missing file', () => {
    expect(configError('extends: strcit\n')).toBe(
      '.scaleplan.yaml:1:10: Unknown policy pack "strcit" in extends; did you mean "strict"? The packs are "recommended" and "strict"; a config file is named by its path (./base.yaml).',
    );
    expect(configError('extends:\n  - recommended\n  - ./shared/base.yaml\n')).toMatch(
      /^\.scaleplan\.yaml:3:5: extends names \.\/shared\/base\.yaml, but .*shared\/base\.yaml does not exist \(paths are relative to the config file that names them\)\.$/,
    );
  });
});

describe('config validation: file, line, column and what was expected', () => {
  it.each([
    [
      'an unknown key',
      'rulez:\n  hpa-min-max: off\n',
      '.scaleplan.yaml:1:1: Unknown key "rulez" in the config; did you mean "rules"? Known keys: extends, kubeVersion, namespace, limits, references, rules, ignore, overrides.',
    ],
    [
      'an unknown rule id',
      'rules:\n  hpa-min-max: error\n  hpa-min-mx: error\n',
      '.scaleplan.yaml:3:3: Unknown rule id "hpa-min-mx"; did you mean "hpa-min-max"? Run "scaleplan rules" to list the rules.',
    ],
    [
      'an unknown rule id in an override',
      'overrides:\n  - files: ["*.yaml"]\n    rules:\n      pdb-mising: off\n',
      '.scaleplan.yaml:4:7: Unknown rule id "pdb-mising"; did you mean "pdb-missing"? Run "scaleplan rules" to list the rules.',
    ],
    [
      'a bad severity',
      'rules:\n  hpa-min-max: fatal\n',
      '.scaleplan.yaml:2:16: rules.hpa-min-max must be a severity (off, info, warning, error), not "fatal".',
    ],
    [
      'a misspelt severity in a map',
      'rules:\n  hpa-min-max:\n    severity: warnng\n',
      '.scaleplan.yaml:3:15: rules.hpa-min-max.severity must be a severity (off, info, warning, error), not "warnng"; did you mean "warning"?',
    ],
    [
      'a bad option type',
      'rules:\n  hpa-scale-down-unstabilized:\n    options:\n      minimumSeconds: "60"\n',
      '.scaleplan.yaml:4:23: rules.hpa-scale-down-unstabilized.options.minimumSeconds must be a whole number, not "60".',
    ],
    [
      'an unknown option',
      'rules:\n  hpa-scale-down-unstabilized:\n    options:\n      minimumSecond: 60\n',
      '.scaleplan.yaml:4:7: Unknown option "minimumSecond" for rule "hpa-scale-down-unstabilized"; did you mean "minimumSeconds"? Known options: minimumSeconds.',
    ],
    [
      'options for a rule without any',
      'rules:\n  duplicate-object:\n    options:\n      strict: true\n',
      '.scaleplan.yaml:4:7: Rule "duplicate-object" has no options, so "strict" cannot be set; remove "options".',
    ],
    [
      'a misspelt key in rule settings',
      'rules:\n  hpa-min-max:\n    severity: error\n    option: {}\n',
      '.scaleplan.yaml:4:5: Unknown key "option" in the settings of rule "hpa-min-max"; did you mean "options"? Known keys: severity, options.',
    ],
    [
      'a number where kubeVersion needs a string',
      'kubeVersion: 1.30\n',
      '.scaleplan.yaml:1:14: kubeVersion must be a string such as "1.30", not the number 1.3: YAML reads an unquoted 1.30 as the number 1.3, so quote it.',
    ],
    [
      'a kubeVersion that is not a version',
      'kubeVersion: latest\n',
      '.scaleplan.yaml:1:14: kubeVersion must be a Kubernetes version as "MAJOR.MINOR" (such as "1.30"), not "latest".',
    ],
    [
      'a string where a list is needed',
      'ignore: vendor/**\n',
      '.scaleplan.yaml:1:9: ignore must be a list, not "vendor/**"; write ignore: ["vendor/**"].',
    ],
    [
      'an override without files',
      'overrides:\n  - rules: {hpa-min-max: off}\n',
      '.scaleplan.yaml:2:5: overrides[0] needs "files": the globs of the files this override applies to.',
    ],
    [
      'a limit out of range',
      'limits:\n  maxFileBytes: 0\n',
      '.scaleplan.yaml:2:17: limits.maxFileBytes must be at least 1, not 0.',
    ],
    [
      'a list instead of a map',
      '- extends: strict\n',
      '.scaleplan.yaml:1:1: The config must be a map of settings (extends, kubeVersion, namespace, limits, references, rules, ignore, overrides), not a list.',
    ],
    [
      'a YAML syntax error',
      'rules:\n  hpa-min-max: [error\n',
      '.scaleplan.yaml:2:21: The config is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].',
    ],
    [
      'a duplicate key',
      'rules: {}\nkubeVersion: "1.30"\nrules: {}\n',
      '.scaleplan.yaml:3:1: The config is not valid YAML: Map keys must be unique.',
    ],
    [
      'an assumeExternal entry that is neither a namespace nor Kind/namespace/name',
      'references:\n  assumeExternal: [Service/kube-dns]\n',
      '.scaleplan.yaml:2:20: references.assumeExternal[0] must be a namespace (kube-system) or an object as Kind/namespace/name (Service/kube-system/kube-dns), not "Service/kube-dns".',
    ],
    [
      'an unknown key in references',
      'references:\n  external: [kube-system]\n',
      '.scaleplan.yaml:2:3: Unknown key "external" in references. Known keys: assumeExternal.',
    ],
    [
      'an unknown key in limits (the known ones come from the schema, render bounds included)',
      'limits:\n  renderTimeout: 10\n',
      '.scaleplan.yaml:2:3: Unknown key "renderTimeout" in limits. Known keys: maxFileBytes, maxTotalBytes, maxDocuments, renderTimeoutSeconds, renderMemoryMiB.',
    ],
    [
      'two documents',
      'rules: {}\n---\nrules: {}\n',
      '.scaleplan.yaml:3:1: A config file holds one YAML document; this is a second one. Merge the settings into the first, or name the other file in extends.',
    ],
  ])('%s', (_name, text, expected) => {
    expect(configError(text)).toBe(expected);
  });

  it('validates files named by extends, with their own name and line', () => {
    const directory = scratch.tree();
    fs.writeFileSync(path.join(directory, 'base.yaml'), 'rules:\n  hpa-min-max: fatal\n');
    fs.writeFileSync(path.join(directory, '.scaleplan.yaml'), 'extends: ./base.yaml\n');
    try {
      loadConfig(undefined, directory);
      throw new Error('the config was accepted');
    } catch (error) {
      expect((error as ScaleplanError).format()).toMatch(
        /base\.yaml:2:16: rules\.hpa-min-max must be a severity/,
      );
    }
  });
});

describe('closestMatch', () => {
  it('suggests only what is close', () => {
    expect(closestMatch('hpa-min-mxa', ['hpa-min-max', 'pdb-missing'])).toBe('hpa-min-max');
    expect(closestMatch('RULES', ['rules', 'ignore'])).toBe('rules');
    expect(closestMatch('selector', ['rules', 'ignore'])).toBeUndefined();
  });
});

describe('references', () => {
  it('adds the assumeExternal entries of the configs it extends to its own', () => {
    const directory = scratch.tree();
    fs.writeFileSync(
      path.join(directory, 'base.yaml'),
      'references:\n  assumeExternal: [kube-system]\n',
    );
    fs.writeFileSync(
      path.join(directory, '.scaleplan.yaml'),
      'extends: ./base.yaml\nreferences:\n  assumeExternal: [Service/platform/metrics-server]\n',
    );
    expect(loadConfig(undefined, directory).references).toEqual({
      assumeExternal: ['kube-system', 'Service/platform/metrics-server'],
    });
  });
});
