/**
 * `npm run deploy -- --rollback`: point `current` back at the release before it, in one step.
 * The release returned to first receives the hashed files of the other kept releases (as a new
 * release does), so a reader holding a page of the newer release still gets its stylesheet.
 */
import { join } from 'node:path';
import { carryAssets } from './assets.ts';
import { runHook } from './deploy.ts';
import { DeployError, type DeployOptions } from './options.ts';
import { acquireLock } from './lock.ts';
import { currentRelease, listReleases, previousRelease, switchCurrent } from './releases.ts';

/** Switch back; returns `[from, to]`. */
export async function rollback(
	o: Pick<DeployOptions, 'target' | 'wait' | 'say' | 'afterSwitch' | 'project' | 'env'>,
): Promise<[string, string]> {
	const unlock = await acquireLock(join(o.target, 'deploy.lock'), { wait: o.wait, say: o.say });
	try {
		const names = listReleases(o.target);
		const current = currentRelease(o.target);
		const previous = previousRelease(names, current);
		if (!current || !previous)
			throw new DeployError(
				`không có bản trước để quay lại (nothing to roll back to): current is ${current ?? 'none'}, releases: ${names.join(', ') || 'none'}`,
			);
		carryAssets(
			names.filter((n) => n !== previous).map((n) => join(o.target, 'releases', n)),
			join(o.target, 'releases', previous),
		);
		const started = performance.now();
		switchCurrent(o.target, previous);
		o.say(
			`rollback: current → releases/${previous} (was ${current}) in ${(performance.now() - started).toFixed(1)} ms`,
		);
		runHook(o);
		return [current, previous];
	} finally {
		unlock();
	}
}
