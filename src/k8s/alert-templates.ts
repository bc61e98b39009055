/**
 * The parse-time checks Prometheus makes on the Go templates in an alerting rule's labels
 * and annotations when it loads the rule (rulefmt's testTemplateParsing): every `{{` action
 * is closed, and every `$variable` is defined. Prometheus defines `$labels`,
 * `$externalLabels`, `$externalURL` and `$value`; a template may declare more
 * (`{{ $x := ... }}`, `{{ range $i, $v := ... }}`). Functions are not checked: which exist
 * depends on the Prometheus version.
 */

export interface TemplateProblem {
  from: number;
  to: number;
  message: string;
}

const PREDEFINED = new Set(['labels', 'externalLabels', 'externalURL', 'value']);

export function checkAlertTemplate(text: string): TemplateProblem | undefined {
  const actions: { from: number; body: string; bodyFrom: number }[] = [];
  let index = 0;
  while ((index = text.indexOf('{{', index)) !== -1) {
    const close = findClose(text, index + 2);
    if (close === -1) {
      return {
        from: index,
        to: index + 2,
        message:
          'an action opened with a double brace is never closed (its closing double brace is missing)',
      };
    }
    actions.push({ from: index, body: text.slice(index + 2, close), bodyFrom: index + 2 });
    index = close + 2;
  }
  const declared = new Set(PREDEFINED);
  for (const action of actions) {
    for (const match of blankStrings(action.body).matchAll(/\$(\w+)\s*(?:,\s*\$(\w+)\s*)?:?=/g)) {
      declared.add(match[1] ?? '');
      if (match[2]) {
        declared.add(match[2]);
      }
    }
  }
  for (const action of actions) {
    for (const match of blankStrings(action.body).matchAll(/\$(\w+)/g)) {
      const name = match[1] ?? '';
      if (!declared.has(name)) {
        const from = action.bodyFrom + (match.index ?? 0);
        return {
          from,
          to: from + name.length + 1,
          message: `$${name} is not defined (Prometheus provides $labels, $value, $externalLabels and $externalURL)`,
        };
      }
    }
  }
  return undefined;
}

/** The end of an action: the next `}}` outside a string or raw string. */
function findClose(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === '"' || char === '`') {
      const end = char === '`' ? text.indexOf('`', index + 1) : stringEnd(text, index);
      if (end === -1) {
        return -1;
      }
      index = end;
    } else if (char === '}' && text[index + 1] === '}') {
      return index;
    }
  }
  return -1;
}

function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') {
      index++;
    } else if (text[index] === '"') {
      return index;
    } else if (text[index] === '\n') {
      return -1;
    }
  }
  return -1;
}

/** The action with the contents of its string literals blanked (same length). */
function blankStrings(body: string): string {
  return body.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, (literal) => ' '.repeat(literal.length));
}
