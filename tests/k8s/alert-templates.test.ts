import { describe, expect, it } from 'vitest';
import { checkAlertTemplate } from '../../src/k8s/alert-templates.js';

describe('checkAlertTemplate', () => {
  it.each([
    'no template at all',
    'HPA {{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} at {{ $value }}',
    '{{ $value | humanizePercentage }} via {{ $externalURL }} in {{ $externalLabels.cluster }}',
    '{{ range $i, $l := $labels }}{{ $i }}={{ $l }} {{ end }}',
    '{{- $x := 1 }}{{ $x -}}',
    '{{ "literal $notAVariable" }} and {{ `raw }} $neither` }}',
    'a lone }} is text',
  ])('accepts %j', (text) => {
    expect(checkAlertTemplate(text)).toBeUndefined();
  });

  it('reports an undefined variable at the variable', () => {
    expect(checkAlertTemplate('Instance {{ $label.instance }} down')).toEqual({
      from: 12,
      to: 18,
      message: expect.stringContaining('$label is not defined') as string,
    });
  });

  it('reports an action that is never closed at its opening braces', () => {
    expect(checkAlertTemplate('ok {{ $value }} then {{ $value }')).toMatchObject({
      from: 21,
      to: 23,
    });
    expect(checkAlertTemplate('{{ "}}')).toMatchObject({ from: 0, to: 2 });
  });
});
