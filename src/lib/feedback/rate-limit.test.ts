import { describe, expect, test } from 'vitest';
import { RateLimiter } from './rate-limit';

const minute = 60_000;

describe('RateLimiter', () => {
	test('grants `limit` requests per window, then says how long to wait', () => {
		const limiter = new RateLimiter({ limit: 3, windowMs: 10 * minute });
		const t0 = 1_800_000_000_000;
		expect(limiter.take('203.0.113.9', t0)).toEqual({ allowed: true, retryAfterSeconds: 0 });
		expect(limiter.take('203.0.113.9', t0 + minute).allowed).toBe(true);
		expect(limiter.take('203.0.113.9', t0 + 2 * minute).allowed).toBe(true);
		// The first request leaves the window at t0 + 10 min, 7 minutes after this one.
		expect(limiter.take('203.0.113.9', t0 + 3 * minute)).toEqual({
			allowed: false,
			retryAfterSeconds: 7 * 60,
		});
	});

	test('keys are independent', () => {
		const limiter = new RateLimiter({ limit: 1, windowMs: minute });
		expect(limiter.take('a', 0).allowed).toBe(true);
		expect(limiter.take('b', 0).allowed).toBe(true);
		expect(limiter.take('a', 1).allowed).toBe(false);
	});

	test('the window slides: a burst across a minute boundary is still limited', () => {
		const limiter = new RateLimiter({ limit: 2, windowMs: minute });
		expect(limiter.take('k', 59_000).allowed).toBe(true);
		expect(limiter.take('k', 59_500).allowed).toBe(true);
		// A fixed-window counter would reset at 60,000 and grant these.
		expect(limiter.take('k', 60_100).allowed).toBe(false);
		expect(limiter.take('k', 118_999).allowed).toBe(false);
		// The first request leaves the window exactly one window after it was granted.
		expect(limiter.take('k', 119_000).allowed).toBe(true);
		expect(limiter.take('k', 119_001).allowed).toBe(false);
		expect(limiter.take('k', 119_500).allowed).toBe(true);
	});

	test('refused requests do not extend the wait', () => {
		const limiter = new RateLimiter({ limit: 1, windowMs: minute });
		limiter.take('k', 0);
		for (let t = 1000; t < minute; t += 1000) expect(limiter.take('k', t).allowed).toBe(false);
		expect(limiter.take('k', minute).allowed).toBe(true);
	});

	test('retryAfterSeconds rounds up and is never 0 when refusing', () => {
		const limiter = new RateLimiter({ limit: 1, windowMs: 10_000 });
		limiter.take('k', 0);
		expect(limiter.take('k', 8_500).retryAfterSeconds).toBe(2);
		expect(limiter.take('k', 9_999).retryAfterSeconds).toBe(1);
	});

	test('forgets keys whose window has passed', () => {
		const limiter = new RateLimiter({ limit: 2, windowMs: minute });
		for (let i = 0; i < 100; i++) limiter.take(`198.51.100.${i}`, i);
		expect(limiter.size).toBe(100);
		limiter.take('late', 98 + minute);
		// Only the key granted at t=99, still within the window, and the new one remain.
		expect(limiter.size).toBe(2);
	});

	test('keeps at most maxKeys keys, dropping the one with the oldest request', () => {
		const limiter = new RateLimiter({ limit: 1, windowMs: minute, maxKeys: 3 });
		limiter.take('a', 0);
		limiter.take('b', 1);
		limiter.take('c', 2);
		limiter.take('d', 3);
		expect(limiter.size).toBe(3);
		// "a" was dropped, so it is granted again; "b", "c" and "d" are still remembered and limited.
		expect(limiter.take('a', 4).allowed).toBe(true);
		expect(limiter.take('d', 5).allowed).toBe(false);
		expect(limiter.take('c', 5).allowed).toBe(false);
	});

	test('a refused key is not refreshed: the dropped key is the one granted longest ago', () => {
		const limiter = new RateLimiter({ limit: 1, windowMs: minute, maxKeys: 2 });
		limiter.take('a', 0);
		limiter.take('b', 1);
		limiter.take('a', 2); // refused, "a" stays the oldest
		limiter.take('c', 3);
		expect(limiter.take('b', 4).allowed).toBe(false);
		expect(limiter.take('a', 4).allowed).toBe(true);
	});

	test('refuses nonsensical options', () => {
		expect(() => new RateLimiter({ limit: 0, windowMs: minute })).toThrow(RangeError);
		expect(() => new RateLimiter({ limit: 1.5, windowMs: minute })).toThrow(RangeError);
		expect(() => new RateLimiter({ limit: 1, windowMs: 0 })).toThrow(RangeError);
		expect(() => new RateLimiter({ limit: 1, windowMs: minute, maxKeys: 0 })).toThrow(RangeError);
	});
});
