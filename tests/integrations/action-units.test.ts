import { describe, expect, it } from 'vitest';
import { commentableLines } from '../../src/integrations/action/diff.js';
import { retryDelayMs } from '../../src/integrations/action/github.js';

describe('commentableLines', () => {
  it('keeps added and context lines of each hunk, on the new side', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' a',
      '-b',
      '+B',
      '+C',
      ' d',
      '@@ -20,2 +21,3 @@',
      ' x',
      '+y',
      ' z',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...commentableLines(patch)]).toEqual([1, 2, 3, 4, 21, 22, 23]);
  });

  it('has nothing for a binary or very large file without a patch', () => {
    expect(commentableLines(undefined).size).toBe(0);
  });
});

describe('retryDelayMs', () => {
  const error = (status: number, headers: Record<string, string> = {}, message = '') => ({
    status,
    message,
    response: { headers },
  });

  it('waits as GitHub asks on rate limits', () => {
    expect(retryDelayMs(error(429, { 'retry-after': '3' }), 0)).toBe(3000);
    expect(
      retryDelayMs(
        error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '110' }),
        0,
        100_000,
      ),
    ).toBe(10_000);
    expect(retryDelayMs(error(403, {}, 'You have exceeded a secondary rate limit'), 1)).toBe(2000);
  });

  it('backs off on server errors and gives up on everything else', () => {
    expect(retryDelayMs(error(502), 2)).toBe(4000);
    expect(
      retryDelayMs(error(403, {}, 'Resource not accessible by integration'), 0),
    ).toBeUndefined();
    expect(retryDelayMs(error(422), 0)).toBeUndefined();
    expect(retryDelayMs(new Error('boom'), 0)).toBeUndefined();
  });
});
