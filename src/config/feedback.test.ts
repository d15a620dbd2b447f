import { describe, expect, test } from 'vitest';
import { checkedEndpoint, feedbackOrigin } from './feedback';

describe('the feedback endpoint setting', () => {
	test('defaults to the site’s own endpoint; accepts a path or an https address', () => {
		expect(checkedEndpoint(undefined)).toBe('/api/feedback');
		expect(checkedEndpoint('  ')).toBe('/api/feedback');
		expect(checkedEndpoint('/gop-y')).toBe('/gop-y');
		expect(checkedEndpoint('https://gopy.example.gov.vn/forms/123')).toBe(
			'https://gopy.example.gov.vn/forms/123',
		);
	});

	test('refuses plain http, protocol-relative and other schemes with a message saying what is allowed', () => {
		for (const bad of [
			'http://gopy.example.gov.vn/x',
			'//gopy.example.gov.vn/x',
			'javascript:alert(1)',
			'gopy.example.gov.vn',
		])
			expect(() => checkedEndpoint(bad), bad).toThrow(/https:\/\//);
	});

	test('an endpoint of this site needs no exception in the CSP; another site is named by its origin', () => {
		expect(feedbackOrigin('/api/feedback')).toBeUndefined();
		expect(feedbackOrigin('https://gopy.example.gov.vn/forms/123?x=1')).toBe(
			'https://gopy.example.gov.vn',
		);
	});
});
