import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml, toYamlStream } from '../../src/compile/yaml.js';

describe('generated YAML', () => {
  it('quotes strings that YAML 1.1 readers (kubectl apply) would take for booleans or numbers', () => {
    const text = toYaml({ updateMode: 'Off', a: 'yes', b: 'on', c: '1', d: '0x1F', e: 'true' });
    expect(text).toBe('updateMode: "Off"\na: "yes"\nb: "on"\nc: "1"\nd: "0x1F"\ne: "true"\n');
  });

  it('keeps key order, indents sequences under their key and omits undefined fields', () => {
    expect(toYaml({ z: 1, a: [{ name: 'x', value: undefined }], m: undefined })).toBe(
      'z: 1\na:\n  - name: x\n',
    );
  });

  it('writes multi-line strings as literal blocks, never folds long lines, and round-trips', () => {
    const expr = `sum(rate(http_requests_total{job="web"}[5m])) by (pod)\n  / on (pod) group_left ${'x'.repeat(200)}`;
    const text = toYaml({ expr });
    expect(text.startsWith('expr: |-\n')).toBe(true);
    expect(parse(text)).toEqual({ expr });
    expect(toYamlStream([{ a: 1 }, { b: 2 }])).toBe('a: 1\n---\nb: 2\n');
  });
});
