import type { SourceFile } from './source-file.js';

export const IGNORE_DIRECTIVE = 'scaleplan-ignore';

export interface IgnoreDirective {
  /** Rule ids, or `all`. */
  rules: string[];
  justification?: string;
  line: number;
}

const DIRECTIVE_PATTERN = /^\s*#\s*scaleplan-ignore\b(.*)$/;
const COMMENT_LINE = /^\s*#/;
const DOCUMENT_MARKER = /^(---|\.\.\.)\s*(#.*)?$/;

function parseDirective(text: string, line: number): IgnoreDirective | undefined {
  const match = DIRECTIVE_PATTERN.exec(text);
  if (!match) {
    return undefined;
  }
  const [ids = '', justification] = (match[1] ?? '').split(/\s--\s?/, 2);
  const rules = ids
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  const directive: IgnoreDirective = { rules: rules.length === 0 ? ['all'] : rules, line };
  if (justification?.trim()) {
    directive.justification = justification.trim();
  }
  return directive;
}

/**
 * The `# scaleplan-ignore` directives written directly above a line: the run of comment lines
 * (and document markers, for a directive above a whole document) ending on the line before.
 */
export function directivesAbove(file: SourceFile, line: number): IgnoreDirective[] {
  if (!file.mentionsIgnoreDirective) {
    return [];
  }
  const directives: IgnoreDirective[] = [];
  for (let current = line - 1; current >= 1; current--) {
    const text = file.lineText(current);
    if (COMMENT_LINE.test(text)) {
      const directive = parseDirective(text, current);
      if (directive) {
        directives.push(directive);
      }
    } else if (!DOCUMENT_MARKER.test(text.trim())) {
      break;
    }
  }
  return directives;
}

export function directiveCovers(directive: IgnoreDirective, ruleId: string): boolean {
  return directive.rules.includes(ruleId) || directive.rules.includes('all');
}

/**
 * The line where the YAML document holding `offset` starts (its first content line), so a
 * directive above a patch document covers findings that point into that patch.
 */
export function enclosingDocumentLine(file: SourceFile, offset: number): number | undefined {
  return file.mentionsIgnoreDirective ? file.documentStartLine(offset) : undefined;
}
