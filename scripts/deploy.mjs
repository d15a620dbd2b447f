#!/usr/bin/env node
/**
 * Takes the checked-out project live on a server the Department runs (README: Deploying):
 *
 *   npm run deploy -- --target /srv/giaoduc [--keep 5] [--no-wait] [--from <dist>] [--after-switch "<command>"]
 *   npm run deploy -- --target /srv/giaoduc --rollback
 *
 * Builds with the caches in `<target>/cache` (incrementally on the current release when it holds
 * its build state), writes `<target>/releases/<UTC stamp>-<commit>/`, checks it, switches
 * `<target>/current` to it atomically, keeps the last --keep releases and prints which way it built
 * and the pages that changed (addresses from SITE_URL). Exit codes: 0 live, 1 failed (the live
 * site untouched unless the message says otherwise), 2 wrong usage.
 *
 * The logic is src/lib/deploy/*.ts, run as is by Node's type stripping (Node ≥ 22.18, which
 * `npm run` provides through the `node` dev dependency).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const usage = `Cách dùng (usage): npm run deploy -- --target <dir> [--keep 5] [--no-wait] [--from <dist>] [--after-switch "<command>"]
       npm run deploy -- --target <dir> --rollback [--after-switch "<command>"]
  --target        thư mục máy chủ: releases/, current, cache/, deploy.lock
  --keep          số bản phát hành giữ lại (mặc định 5)
  --no-wait       thất bại ngay nếu đang có lần triển khai khác (default: wait for it)
  --from          triển khai một bản đã build (thư mục có client/ và server/), không build lại
  --after-switch  lệnh chạy sau khi chuyển, ví dụ "systemctl restart giaoduc-feedback"
  --rollback      quay current về bản phát hành trước đó`;

function fail(message, code = 2) {
	process.stderr.write(`Lỗi (error): ${message}\n${code === 2 ? `${usage}\n` : ''}`);
	process.exit(code);
}

if (!process.features.typescript)
	fail(`cần Node ≥ 22.18, đang chạy ${process.version}; hãy chạy qua "npm run deploy"`);

let args;
try {
	({ values: args } = parseArgs({
		options: {
			target: { type: 'string' },
			keep: { type: 'string', default: '5' },
			'no-wait': { type: 'boolean', default: false },
			from: { type: 'string' },
			'after-switch': { type: 'string' },
			rollback: { type: 'boolean', default: false },
		},
		strict: true,
	}));
} catch (error) {
	fail(error.message);
}
if (!args.target) fail('thiếu --target (missing --target)');
const keep = Number(args.keep);
if (!Number.isInteger(keep) || keep < 1) fail(`--keep ${args.keep}: cần một số nguyên ≥ 1`);

const { deploy } = await import('../src/lib/deploy/deploy.ts');
const { rollback } = await import('../src/lib/deploy/rollback.ts');
const { defaultSiteUrl } = await import('../src/config/site.ts');

// Paths typed on the command line are relative to where npm was started.
const here = process.env.INIT_CWD || process.cwd();
const project = resolve(import.meta.dirname, '..');
const options = {
	project,
	target: resolve(here, args.target),
	keep,
	wait: !args['no-wait'],
	from: args.from ? resolve(here, args.from) : undefined,
	afterSwitch: args['after-switch'],
	siteUrl: process.env.SITE_URL?.trim() || defaultSiteUrl,
	env: process.env,
	say: (line) => process.stdout.write(`deploy: ${line}\n`),
};

try {
	if (args.rollback) await rollback(options);
	else await deploy(options);
} catch (error) {
	process.stderr.write(
		`deploy: THẤT BẠI (failed): ${error.message}\n` +
			(error.name === 'Error' && !/after-switch/.test(error.message) ? `${error.stack}\n` : ''),
	);
	process.exitCode = 1;
}
