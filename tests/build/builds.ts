import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The builds the build-output tests read. Astro keeps one content cache per project, so builds run
 * one after another in the global setup (never in parallel test files), each into its own folder.
 */

export const root = resolve(import.meta.dirname, '../..');
export const tmp = join(root, 'tests/.tmp');
export const fixtureContent = join(root, 'tests/fixtures/content');

/** A content tree with one file made bad, and what its build must say. */
export interface MalformedCase {
  name: string;
  /** Change the copied fixture tree. */
  mutate: (dir: string) => void;
  /** Path of the bad file relative to the content folder. */
  file: string;
  /** Field the message must name, where the problem is in a field. */
  field?: string;
  /** Words the message must contain. */
  says?: string;
}

const edit = (path: string, from: string | RegExp, to: string) =>
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));

export const malformedCases: MalformedCase[] = [
  {
    name: 'missing-title',
    file: 'news/tin-chi-tieng-viet/index.vi.md',
    field: 'title',
    mutate: (dir) => edit(join(dir, 'news/tin-chi-tieng-viet/index.vi.md'), /^title: .*\n/m, ''),
  },
  {
    name: 'unknown-unit',
    file: 'news/tin-so-1/index.vi.md',
    field: 'unit',
    mutate: (dir) => edit(join(dir, 'news/tin-so-1/index.vi.md'), /^unit: .*$/m, 'unit: phong-khong-ton-tai'),
  },
  {
    name: 'cover-without-alt',
    file: 'news/tin-da-dich/index.vi.md',
    field: 'coverAlt',
    mutate: (dir) => edit(join(dir, 'news/tin-da-dich/index.vi.md'), /^coverAlt: .*\n/m, ''),
  },
  {
    name: 'shared-field-in-translation',
    file: 'news/tin-da-dich/index.en.md',
    field: 'date',
    mutate: (dir) => edit(join(dir, 'news/tin-da-dich/index.en.md'), /^slug: /m, 'date: 2026-10-01\nslug: '),
  },
  {
    name: 'image-cut-short',
    file: 'news/tin-da-dich/cover.jpg',
    says: 'premature end of JPEG image',
    // An upload interrupted half-way: the header is fine, the pixels stop.
    mutate: (dir) => {
      const path = join(dir, 'news/tin-da-dich/cover.jpg');
      writeFileSync(path, readFileSync(path).subarray(0, 3000));
    },
  },
  {
    name: 'image-not-an-image',
    file: 'stories/tam-guong-co-giao/anh-dien-thoai-20mp.jpg',
    says: 'ảnh bị hỏng hoặc không đọc được',
    mutate: (dir) => writeFileSync(join(dir, 'stories/tam-guong-co-giao/anh-dien-thoai-20mp.jpg'), '<html>Lỗi 404</html>'),
  },
];

/** Outcome of one build. */
export interface BuildResult {
  name: string;
  status: number | null;
  output: string;
  ms: number;
  outDir: string;
}

/** Run `astro build` on a content folder with the Node that runs the tests. */
export function build(name: string, contentDir: string, env: Record<string, string> = {}): BuildResult {
  const outDir = join(tmp, `${name}-dist`);
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ...env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(tmp, `cache-${name}`), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { name, status: run.status, output: `${run.stdout}\n${run.stderr}`, ms: performance.now() - started, outDir };
}

/**
 * A build made at most once per test run, whichever project's global setup asks for it first:
 * the build and browser projects both read the real site. Vitest runs every project's global setup
 * in its main process, so a map kept on `globalThis` is shared by them.
 */
export function buildOnce(name: string, contentDir: () => string): BuildResult {
  const made = ((globalThis as { __newsroomBuilds?: Map<string, BuildResult> }).__newsroomBuilds ??= new Map());
  if (!made.has(name)) {
    const result = build(name, contentDir());
    console.log(`build ${name}: exit ${result.status} in ${(result.ms / 1000).toFixed(1)} s`);
    made.set(name, result);
  }
  return made.get(name)!;
}

/** A copy of the fixture content with one case applied. */
export function malformedTree(c: MalformedCase): string {
  const dir = join(tmp, `content-${c.name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(fixtureContent, dir, { recursive: true });
  c.mutate(dir);
  return dir;
}

/** Where the global setup leaves its results. */
export const resultsFile = join(tmp, 'builds.json');

/** Results of the global setup's builds, by name. */
export function readResults(): Record<string, BuildResult> {
  return JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, BuildResult>;
}
