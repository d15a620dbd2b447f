/**
 * A per-client limit on feedback submissions, so one address cannot flood a consultation.
 *
 * Sliding window ("sliding log"): a key may be granted `limit` requests in any `windowMs`-long
 * span, not `limit` per fixed calendar slot, so a burst at the end of one slot and the start of the
 * next cannot double the rate. Only granted requests are recorded: refused ones do not extend the
 * wait, and a key never holds more than `limit` timestamps.
 *
 * The keys (client addresses) live in this process's memory only: they are never written to disk
 * or logs, and they are forgotten when their window has passed. Memory is bounded twice: expired
 * keys are pruned on every call, and past `maxKeys` the key whose last granted request is oldest
 * is dropped (which forgets its history: under a flood of distinct addresses the limit weakens
 * rather than the server running out of memory).
 *
 * Erasable TypeScript only (no parameter properties), so Node's type stripping can run this file.
 */

export interface RateLimitOptions {
	/** Requests granted per key in any window. */
	limit: number;
	/** Window length in milliseconds. */
	windowMs: number;
	/** Most keys remembered at once; 10,000 by default (a few megabytes at most with a small limit). */
	maxKeys?: number;
}

export interface RateLimitDecision {
	allowed: boolean;
	/** Seconds until the next request of this key would be granted (0 when allowed), for `Retry-After`. */
	retryAfterSeconds: number;
}

export class RateLimiter {
	readonly #limit: number;
	readonly #windowMs: number;
	readonly #maxKeys: number;
	/**
	 * Granted timestamps per key, oldest first. The map is kept in the order of each key's newest
	 * granted request (a key is moved to the end when granted), so expired keys and the oldest key
	 * are always at the front: pruning stops at the first live key instead of scanning them all.
	 */
	readonly #hits = new Map<string, number[]>();

	constructor(options: RateLimitOptions) {
		const { limit, windowMs, maxKeys = 10_000 } = options;
		if (!Number.isInteger(limit) || limit < 1)
			throw new RangeError(`limit must be a positive integer, not ${limit}`);
		if (!Number.isFinite(windowMs) || windowMs <= 0)
			throw new RangeError(`windowMs must be positive, not ${windowMs}`);
		if (!Number.isInteger(maxKeys) || maxKeys < 1)
			throw new RangeError(`maxKeys must be a positive integer, not ${maxKeys}`);
		this.#limit = limit;
		this.#windowMs = windowMs;
		this.#maxKeys = maxKeys;
	}

	/** Number of keys currently remembered (for tests and monitoring; the keys themselves are not exposed). */
	get size(): number {
		return this.#hits.size;
	}

	/** Asks for one request of `key` at `now` (milliseconds, e.g. `Date.now()`), and records it if granted. */
	take(key: string, now: number): RateLimitDecision {
		this.#prune(now);
		const hits = (this.#hits.get(key) ?? []).filter((t) => t > now - this.#windowMs);
		if (hits.length >= this.#limit) {
			this.#hits.set(key, hits);
			// The oldest granted request leaving the window frees a slot; never say 0 while refusing.
			return {
				allowed: false,
				retryAfterSeconds: Math.max(1, Math.ceil((hits[0]! + this.#windowMs - now) / 1000)),
			};
		}
		hits.push(now);
		this.#hits.delete(key);
		this.#hits.set(key, hits);
		while (this.#hits.size > this.#maxKeys) this.#hits.delete(this.#hits.keys().next().value!);
		return { allowed: true, retryAfterSeconds: 0 };
	}

	/** Forgets the keys at the front whose newest granted request has left the window. */
	#prune(now: number): void {
		for (const [key, hits] of this.#hits) {
			if (hits[hits.length - 1]! > now - this.#windowMs) return;
			this.#hits.delete(key);
		}
	}
}
