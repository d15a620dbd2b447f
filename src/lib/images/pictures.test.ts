import { describe, expect, test } from 'vitest';
import { fallbackFormat, pictureSources } from './pictures';

describe('pictureSources', () => {
	const carrier = (type: string) =>
		`<img alt="" data-picture-source="${type}" sizes="100vw" loading="lazy" decoding="async" width="800" height="534" src="/_astro/a.${type.slice(6)}" srcset="/_astro/a1.${type.slice(6)} 480w, /_astro/a2.${type.slice(6)} 800w">`;

	test('turns each typed carrier into a source with only srcset, sizes and dimensions', () => {
		const html = `<picture>${carrier('image/avif')}${carrier('image/webp')}<img alt="Ảnh" src="/_astro/a.jpg"></picture>`;
		expect(pictureSources(html)).toBe(
			'<picture>' +
				'<source type="image/avif" srcset="/_astro/a1.avif 480w, /_astro/a2.avif 800w" sizes="100vw" width="800" height="534">' +
				'<source type="image/webp" srcset="/_astro/a1.webp 480w, /_astro/a2.webp 800w" sizes="100vw" width="800" height="534">' +
				'<img alt="Ảnh" src="/_astro/a.jpg"></picture>',
		);
	});

	test('leaves pages without carriers untouched', () => {
		const html = '<p>data-picture-source is only text here</p><img src="/a.jpg" alt="">';
		expect(pictureSources(html)).toBe(html);
	});
});

describe('fallbackFormat', () => {
	test('keeps PNG for PNG and makes JPEG of everything else', () => {
		expect(fallbackFormat('bieu-do.PNG')).toBe('png');
		expect(fallbackFormat({ format: 'png' })).toBe('png');
		expect(fallbackFormat('anh.jpeg')).toBe('jpg');
		expect(fallbackFormat({ format: 'webp' })).toBe('jpg');
	});
});
