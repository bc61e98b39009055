import type { FormatName, Formatter } from './types.js';

/**
 * Formatters load on demand, so a plain `lint` run does not pay for Handlebars or the SARIF
 * tables at start-up.
 */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'text':
      return (await import('./text.js')).formatText;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
    case 'github':
      return (await import('./github.js')).formatGithub;
    case 'markdown':
      return (await import('./markdown.js')).formatMarkdown;
    case 'junit':
      return (await import('./junit.js')).formatJunit;
  }
}

export { FORMAT_NAMES, type FormatContext, type FormatName, type Formatter } from './types.js';
