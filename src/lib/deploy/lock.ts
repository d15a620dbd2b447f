/**
 * One deploy at a time per target: `<target>/deploy.lock`, created with O_EXCL (`wx`), so of two
 * deploys starting together exactly one creates it. It holds the owner's pid and start time; a
 * second deploy waits (or, with `wait: false`, fails) until it is gone. A lock whose process is
 * dead (a deploy killed with -9, a reboot) is taken over with a message instead of blocking
 * every deploy after it.
 */
import {
	closeSync,
	linkSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	unlinkSync,
	writeSync,
} from 'node:fs';

/** What the lock file holds. */
export interface LockOwner {
	pid: number;
	startedAt: string;
}

/** Thrown when the lock is held and the caller asked not to wait. */
export class LockBusyError extends Error {
	name = 'LockBusyError';
	owner: LockOwner | undefined;
	constructor(message: string, owner: LockOwner | undefined) {
		super(message);
		this.owner = owner;
	}
}

/** Options of `acquireLock`; the defaults are the real ones, tests pass their own. */
export interface LockOptions {
	wait: boolean;
	/** Called once when the lock is found held, and when a stale one is taken over. */
	say: (line: string) => void;
	pollMs?: number;
	/** Whether a process is running (default: signal 0). */
	isAlive?: (pid: number) => boolean;
	now?: () => Date;
}

/** Whether `pid` is a running process: signal 0 checks without sending anything. */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to another user, still alive.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readOwner(path: string): LockOwner | undefined {
	try {
		const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
		return typeof owner.pid === 'number' ? owner : undefined;
	} catch {
		// Missing, or caught between create and write: treat as held by someone alive.
		return undefined;
	}
}

function tryCreate(path: string, owner: LockOwner): boolean {
	let fd: number;
	try {
		fd = openSync(path, 'wx');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
	writeSync(fd, `${JSON.stringify(owner)}\n`);
	closeSync(fd);
	return true;
}

/**
 * Move a stale lock aside. Rename is atomic, so of two waiters only one moves a given file; if what
 * it moved turns out not to be the stale lock it saw (another waiter took over in between), it is
 * put back with link(2), which never overwrites.
 */
function takeOver(path: string, stale: LockOwner): void {
	const aside = `${path}.stale-${process.pid}-${Date.now()}`;
	try {
		renameSync(path, aside);
	} catch {
		return;
	}
	const moved = readOwner(aside);
	if (moved && (moved.pid !== stale.pid || moved.startedAt !== stale.startedAt)) {
		try {
			linkSync(aside, path);
		} catch {
			// Someone holds the lock again; theirs stands.
		}
	}
	unlinkSync(aside);
}

/** Take the lock, waiting as told; returns the function that releases it. */
export async function acquireLock(path: string, options: LockOptions): Promise<() => void> {
	const alive = options.isAlive ?? processAlive;
	const now = options.now ?? (() => new Date());
	const me: LockOwner = { pid: process.pid, startedAt: now().toISOString() };
	let announced = false;
	for (;;) {
		if (tryCreate(path, me)) {
			return () => {
				// Release only our own lock, never one a later deploy took over.
				if (readOwner(path)?.pid === me.pid) rmSync(path, { force: true });
			};
		}
		const owner = readOwner(path);
		if (owner && !alive(owner.pid)) {
			options.say(
				`deploy.lock: tiến trình ${owner.pid} (bắt đầu ${owner.startedAt}) không còn chạy, tiếp quản khoá (stale lock of dead pid ${owner.pid} taken over)`,
			);
			takeOver(path, owner);
			continue;
		}
		const who = owner ? `pid ${owner.pid}, started ${owner.startedAt}` : 'an unknown process';
		if (!options.wait)
			throw new LockBusyError(
				`deploy.lock: một lần triển khai khác đang chạy (another deploy is running: ${who}); --no-wait was given`,
				owner,
			);
		if (!announced) {
			options.say(
				`deploy.lock: đang chờ lần triển khai khác xong (waiting for another deploy: ${who})…`,
			);
			announced = true;
		}
		await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
	}
}
