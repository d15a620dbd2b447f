/**
 * `npm run publish:due`: has anything become due since the live site was built? A scheduled CI
 * job (every 15 minutes) runs it and rebuilds and deploys only when the answer is yes, so a
 * scheduled item or an embargoed press release goes live within one interval of its `publishAt`,
 * without a rebuild every quarter of an hour for nothing.
 *
 *   npm run publish:due -- --since <ISO> | --since-url <site> [--now <ISO>] [--content content]
 *
 * `--since` is the live site's build time; `--since-url` reads it from the site's `release.json`
 * (written by every build, src/integrations/release.ts). `--now` defaults to the build clock
 * (`BUILD_NOW`, else the machine's). The content is read as the build reads it, through the site's
 * schemas (`src/lib/report/read.ts`).
 *
 * Exit codes (`dueExit`): 0 something became due (rebuild), 3 nothing due, 2 wrong arguments,
 * 1 anything else (the live site's release.json unreadable, for instance).
 */
import { parseArgs } from 'node:util';
import { readContent } from './report/read';
import { buildNow, builtAtOf, dueItems, parseInstant, type DueCandidate } from './schedule';

export const dueExit = { due: 0, error: 1, usage: 2, nothingDue: 3 } as const;

export const dueUsage = `Cách dùng (usage): npm run publish:due -- (--since <ISO> | --since-url <địa chỉ trang>) [--now <ISO>] [--content content]
  --since      thời điểm dựng bản đang chạy, ví dụ 2026-12-10T09:00:00+07:00
  --since-url  địa chỉ trang web; đọc builtAt trong <địa chỉ>/release.json
  --now        thời điểm so sánh (mặc định: BUILD_NOW hoặc giờ máy)
  --content    thư mục nội dung (mặc định: biến CONTENT_DIR hoặc content)
Mã thoát (exit codes): 0 có bài đến giờ đăng (dựng lại), 3 không có, 2 sai tham số, 1 lỗi khác.`;

/** What the command needs from the world, passed in so tests fix every part. */
export interface DueDeps {
	env: Record<string, string | undefined>;
	fetch: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
	/** The article items of a content folder, and files that could not be read. */
	readItems: (contentDir: string) => { items: DueCandidate[]; problems: readonly string[] };
}

export interface DueResult {
	code: (typeof dueExit)[keyof typeof dueExit];
	/** Lines for stdout: one per due item (`<publishAt ISO> <kind>/<folder>`). */
	out: string[];
	/** Lines for stderr: what was compared, notes, errors. */
	err: string[];
}

class UsageError extends Error {}

/** An instant given on the command line; only with an offset, as in the content. */
function instantArg(name: string, value: string): Date {
	const t = parseInstant(value);
	if (!t)
		throw new UsageError(
			`--${name} "${value}" cần ngày giờ có múi giờ, ví dụ 2026-12-10T09:00:00+07:00. (--${name} must be an ISO date-time with an offset.)`,
		);
	return t;
}

/** The release.json address of a site: `https://so.example/` → `https://so.example/release.json`. */
export function releaseUrl(site: string): string {
	let url: URL;
	try {
		url = new URL(site);
	} catch {
		throw new UsageError(`--since-url "${site}" không phải địa chỉ web. (not a URL)`);
	}
	if (!/^https?:$/.test(url.protocol))
		throw new UsageError(`--since-url "${site}" phải là http(s)://. (must be http or https)`);
	return new URL('release.json', url.href.endsWith('/') ? url.href : `${url.href}/`).href;
}

/** Runs the command; never throws for a user's mistake, only reports it with its exit code. */
export async function publishDue(argv: string[], deps: DueDeps): Promise<DueResult> {
	const err: string[] = [];
	let since: Date;
	let now: Date;
	let contentDir: string;
	try {
		let values;
		try {
			({ values } = parseArgs({
				args: argv,
				options: {
					since: { type: 'string' },
					'since-url': { type: 'string' },
					now: { type: 'string' },
					content: { type: 'string' },
				},
				strict: true,
				allowPositionals: false,
			}));
		} catch (e) {
			throw new UsageError((e as Error).message);
		}
		if ((values.since === undefined) === (values['since-url'] === undefined))
			throw new UsageError(
				'Cần đúng một trong --since và --since-url. (Give --since or --since-url.)',
			);
		now = values.now !== undefined ? instantArg('now', values.now) : buildNow(deps.env);
		// The folder the build reads (CONTENT_DIR, as in src/content.config.ts), unless told otherwise.
		contentDir = values.content ?? deps.env.CONTENT_DIR ?? 'content';
		if (values.since !== undefined) since = instantArg('since', values.since);
		else {
			const url = releaseUrl(values['since-url']!);
			let response;
			try {
				response = await deps.fetch(url);
			} catch (e) {
				err.push(`Không đọc được ${url}: ${(e as Error).message}`);
				return { code: dueExit.error, out: [], err };
			}
			// A site deployed before release.json existed: rebuild once, which writes it.
			if (response.status === 404) {
				err.push(`${url}: 404, trang đang chạy chưa có release.json; dựng lại để có. (rebuild)`);
				return { code: dueExit.due, out: [], err };
			}
			if (!response.ok) {
				err.push(`Không đọc được ${url}: HTTP ${response.status}`);
				return { code: dueExit.error, out: [], err };
			}
			try {
				since = builtAtOf(await response.text(), url);
			} catch (e) {
				err.push((e as Error).message);
				return { code: dueExit.error, out: [], err };
			}
		}
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		return { code: dueExit.usage, out: [], err: [e.message, dueUsage] };
	}

	const { items, problems } = deps.readItems(contentDir);
	for (const p of problems) err.push(`Lưu ý: ${p}`);
	const due = dueItems(items, since, now);
	err.push(
		`Bản đang chạy dựng lúc ${since.toISOString()}, bây giờ ${now.toISOString()}: ${due.length} bài đến giờ đăng.`,
	);
	return {
		code: due.length > 0 ? dueExit.due : dueExit.nothingDue,
		out: due.map((i) => `${i.publishAt.toISOString()} ${i.key}`),
		err,
	};
}

/** The article items of a content folder as the build reads them (the report's reader). */
export function contentItems(contentDir: string): {
	items: DueCandidate[];
	problems: readonly string[];
} {
	const { items, problems } = readContent(contentDir);
	return {
		items: items.map((i) => ({
			key: `${i.kind}/${i.id}`,
			draft: i.data.draft,
			publishAt: i.data.publishAt,
		})),
		problems,
	};
}
