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
    default:
      throw new Error(`Formatter "${name}" is not available.`);
  }
}

export { FORMAT_NAMES, type FormatContext, type FormatName, type Formatter } from './types.js';
