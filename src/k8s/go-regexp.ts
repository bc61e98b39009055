/**
 * Stands in for re2-wasm in the bundle. A few CRD schemas (prometheus-operator's
 * `partial_response_strategy: ^(?i)(abort|warn)?$`) are Go regular expressions with inline
 * flags, which the validators compile with RE2. re2-wasm loads a 850 kB WebAssembly file
 * from beside its own source, which a bundle does not have; scripts/build.ts resolves
 * `@kubernetes-models/validate/runtime/re2` here instead.
 *
 * Go's inline flag groups (`(?i)`) become JavaScript flags for the whole pattern, which can
 * only accept more than RE2 would; a pattern JavaScript cannot compile accepts everything.
 * Both err towards silence: a schema pattern must never produce a finding RE2 would not.
 */
export default class GoRegExp {
  private readonly regexp: RegExp | undefined;

  constructor(pattern: string, flags = '') {
    const inline = new Set<string>();
    const source = pattern.replace(/\(\?([imsU]+)\)/g, (_, letters: string) => {
      for (const letter of letters) {
        inline.add(letter);
      }
      return '';
    });
    const jsFlags = new Set(flags);
    for (const letter of inline) {
      // U (ungreedy) changes what is captured, not what matches.
      if (letter !== 'U') {
        jsFlags.add(letter);
      }
    }
    try {
      this.regexp = new RegExp(source, [...jsFlags].join(''));
    } catch {
      this.regexp = undefined;
    }
  }

  test(input: string): boolean {
    return this.regexp ? this.regexp.test(input) : true;
  }
}
