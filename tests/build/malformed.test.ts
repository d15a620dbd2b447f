import { describe, expect, test } from 'vitest';
import { malformedCases, readResults } from './builds';

/** A malformed content file fails the build, and the message names the file and the field. */
const results = readResults();

describe.each(malformedCases)('a fixture with $name', (c) => {
  const result = results[`malformed-${c.name}`]!;

  test('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  test('names the file, and the field or the fault', () => {
    expect(result.output).toContain(c.file);
    if (c.field) expect(result.output).toContain(c.field);
    if (c.says) expect(result.output).toContain(c.says);
    expect(c.field ?? c.says).toBeTruthy();
  });
});
