import { expect, test } from 'vitest';
import { fullSizeLinks } from './full-size';

const photo = (fallback: string) =>
	`<a class="gallery__open" data-full-size><picture><img data-picture-source="image/avif" srcset="/_astro/a.avif 320w, /_astro/b.avif 640w"><img src="/_astro/a.jpg" srcset="/_astro/a320.jpg 320w, ${fallback}, /_astro/a640.jpg 640w" alt="Lễ chào cờ"></picture></a>`;

test('links each gallery photo to the widest fallback image', () => {
	const html = fullSizeLinks(
		`<ul><li>${photo('/_astro/a1600.jpg 1600w')}</li><li>${photo('/_astro/b1200.jpg 1200w')}</li></ul>`,
	);
	expect([...html.matchAll(/<a href="([^"]+)" class="gallery__open">/g)].map((m) => m[1])).toEqual([
		'/_astro/a1600.jpg',
		'/_astro/b1200.jpg',
	]);
	expect(html).not.toContain('data-full-size');
});

test('leaves other pages as they are', () => {
	const html = '<p><a href="/x/">x</a></p>';
	expect(fullSizeLinks(html)).toBe(html);
});
