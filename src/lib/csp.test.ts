import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from './csp';

describe('contentSecurityPolicy', () => {
	const directives = (csp: string) =>
		Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

	test('allows scripts and styles from the site only, with no inline code and no eval', () => {
		const d = directives(contentSecurityPolicy());
		expect(d['script-src']).toEqual(["'self'"]);
		expect(d['style-src']).toEqual(["'self'"]);
		expect(d['object-src']).toEqual(["'none'"]);
		expect(contentSecurityPolicy()).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
	});

	test('lets the search page compile WebAssembly, and nothing more', () => {
		const d = directives(contentSecurityPolicy({ webAssembly: true }));
		expect(d['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(contentSecurityPolicy({ webAssembly: true })).not.toMatch(/'unsafe-eval'|unsafe-inline/);
	});

	test('a form endpoint on another site is allowed for sending only, on top of the site itself', () => {
		const policy = contentSecurityPolicy({ formOrigin: 'https://gopy.example.gov.vn' });
		expect(policy).toContain("connect-src 'self' https://gopy.example.gov.vn;");
		expect(policy).toContain("form-action 'self' https://gopy.example.gov.vn");
		expect(policy).toContain("script-src 'self';");
		expect(contentSecurityPolicy()).not.toContain('gopy');
	});
});
