import { describe, expect, test } from 'vitest';
import { shareAddress } from './share-url';

describe('shareAddress', () => {
	test('shares the canonical address when the build knew the public one', () => {
		expect(
			shareAddress('https://hanam.edu.vn/tin-tuc/a/', 'http://127.0.0.1:4400/tin-tuc/a/'),
		).toBe('https://hanam.edu.vn/tin-tuc/a/');
	});

	test('otherwise shares the page the reader is on, without its fragment', () => {
		expect(shareAddress(undefined, 'http://127.0.0.1:4400/tin-tuc/a/?x=1#binh-luan')).toBe(
			'http://127.0.0.1:4400/tin-tuc/a/?x=1',
		);
	});
});
