import { describe, expect, test } from 'vitest';
import { checkContent, formatProblems, type CheckInput, type FileRecord } from './checks';

const file = (kind: string, id: string, locale: string, data: Record<string, unknown>): FileRecord => ({
  kind,
  id,
  locale,
  filePath: `content/${kind}/${id}/index.${locale}.md`,
  data,
});

const base = (over: Partial<CheckInput> = {}): CheckInput => ({
  sources: [file('news', 'a', 'vi', { title: 'A', topics: ['t1'], unit: 'u1' })],
  translations: [],
  topicIds: new Set(['t1']),
  units: new Map([['u1', { filePath: 'content/units/u1.yml' }]]),
  topLevelKind: 'pages',
  reserved: { vi: new Set(['tin-tuc', 'en']), en: new Set(['news']) },
  ...over,
});

describe('checkContent', () => {
  test('passes consistent content', () => {
    expect(checkContent(base())).toEqual([]);
  });

  test('names the file and field of an unknown topic or unit', () => {
    const problems = checkContent(base({ sources: [file('news', 'a', 'vi', { topics: ['t1', 'nope'], unit: 'x' })] }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'content/news/a/index.vi.md', field: 'topics' });
    expect(problems[0]!.message).toContain('"nope"');
    expect(problems[1]).toMatchObject({ field: 'unit' });
  });

  test('rejects a translation whose folder has no Vietnamese file', () => {
    const problems = checkContent(base({ translations: [file('news', 'orphan', 'en', { title: 'Orphan' })] }));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/news/orphan/index.en.md' })]);
  });

  test('asks a translated item with a cover for its own alt text', () => {
    const sources = [file('news', 'a', 'vi', { topics: ['t1'], unit: 'u1', cover: {}, coverAlt: 'ảnh' })];
    expect(checkContent(base({ sources, translations: [file('news', 'a', 'en', { title: 'A' })] }))).toEqual([
      expect.objectContaining({ field: 'coverAlt' }),
    ]);
    expect(checkContent(base({ sources, translations: [file('news', 'a', 'en', {})] }))).toEqual([]);
  });

  test('accepts copies of topics and unit in a translation only when they match the source', () => {
    const ok = file('news', 'a', 'en', { title: 'A', topics: ['t1'], unit: 'u1' });
    expect(checkContent(base({ translations: [ok] }))).toEqual([]);
    const stale = file('news', 'a', 'en', { title: 'A', topics: ['t2'], unit: 'u1' });
    expect(checkContent(base({ translations: [stale] }))).toEqual([expect.objectContaining({ file: 'content/news/a/index.en.md', field: 'topics' })]);
  });

  test('finds two translations claiming the same URL', () => {
    const sources = [file('news', 'a', 'vi', { topics: ['t1'], unit: 'u1' }), file('news', 'b', 'vi', { topics: ['t1'], unit: 'u1' })];
    const translations = [file('news', 'a', 'en', { title: 'A', slug: 'same' }), file('news', 'b', 'en', { title: 'B', slug: 'same' })];
    const problems = checkContent(base({ sources, translations }));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/news/b/index.en.md', field: 'slug' })]);
  });

  test('stops a static page from shadowing a section', () => {
    const problems = checkContent(base({ sources: [...base().sources, file('pages', 'tin-tuc', 'vi', { title: 'x' })] }));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/pages/tin-tuc/index.vi.md', field: 'slug' })]);
  });

  test('rejects a unit whose parent does not exist', () => {
    const units = new Map([['u1', { parent: 'ghost', filePath: 'content/units/u1.yml' }]]);
    expect(checkContent(base({ units }))).toEqual([expect.objectContaining({ file: 'content/units/u1.yml', field: 'parent' })]);
  });
});

describe('formatProblems', () => {
  test('lists each problem with file and field', () => {
    const text = formatProblems([{ file: 'content/x.md', field: 'unit', message: 'unknown unit' }]);
    expect(text).toContain('content/x.md → unit: unknown unit');
    expect(text).toContain('1');
  });
});
