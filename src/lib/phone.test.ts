import { describe, expect, test } from 'vitest';
import { telHref } from './phone';

describe('telHref', () => {
	test('keeps digits and a leading plus, dropping spaces and dots', () => {
		expect(telHref('0226 3000 100')).toBe('tel:02263000100');
		expect(telHref('+84 226.3000.100')).toBe('tel:+842263000100');
	});
});
