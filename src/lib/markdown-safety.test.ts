import { describe, expect, test } from 'vitest';
import { imageProblem, linkProblem, rawHtmlProblem } from './markdown-safety';

describe('rawHtmlProblem', () => {
	test.each([
		'<br>',
		'<sup>2</sup>',
		'<abbr title="Sở Giáo dục và Đào tạo">SGDĐT</abbr>',
		'<!-- ghi chú -->',
		'a < b và 3 > 2',
	])('allows %s', (html) => {
		expect(rawHtmlProblem(html)).toBeUndefined();
	});

	test.each([
		['<script>alert(1)</script>', '<script>'],
		['<SCRIPT src=//x.example></SCRIPT>', '<script>'],
		['<iframe src="https://x.example"></iframe>', '<iframe>'],
		['<img src=x onerror="alert(1)">', '<img>'],
		['<sup onclick="alert(1)">2</sup>', 'onclick'],
		['<abbr title="x" style="color:red">x</abbr>', 'style'],
		['<!-- --><script>alert(1)</script>', '<script>'],
		['<svg onload=alert(1)>', '<svg>'],
	])('refuses %s, naming %s', (html, named) => {
		expect(rawHtmlProblem(html)).toContain(named);
	});
});

describe('linkProblem', () => {
	test.each([
		'https://moet.gov.vn/',
		'mailto:vanphong@example.edu.vn',
		'tel:02263000000',
		'#muc-1',
		'/tin-tuc/',
		'../chinh-sach/',
	])('allows %s', (href) => {
		expect(linkProblem(href)).toBeUndefined();
	});
	test.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:x',
	])('refuses %s', (href) => {
		expect(linkProblem(href)).toContain('https://');
	});
});

describe('imageProblem', () => {
	test('allows an image beside the article with alt text', () => {
		expect(imageProblem('anh-2.jpg', 'Học sinh đọc sách')).toBeUndefined();
	});
	test('refuses images on other sites and images without alt text', () => {
		expect(imageProblem('https://cdn.example.com/a.jpg', 'A')).toContain('another site');
		expect(imageProblem('//cdn.example.com/a.jpg', 'A')).toContain('another site');
		expect(imageProblem('anh-2.jpg', '  ')).toContain('alt text');
	});
});
