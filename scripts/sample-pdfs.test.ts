import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { documents, pdfTitle } from './sample-pdfs.mjs';

const root = join(import.meta.dirname, '..');

/** The /Title of a PDF's document information: a literal string or UTF-16BE hex (Chromium's). */
function pdfInfoTitle(pdf: Buffer): string | undefined {
	const text = pdf.toString('latin1');
	const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text);
	if (hex) return Buffer.from(hex[1]!, 'hex').swap16().toString('utf16le');
	return /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(text)?.[1];
}

interface SampleDocument {
	file: string;
	title: string;
	number: string;
	draft?: boolean;
}

describe('the sample PDFs', () => {
	test.each((documents as SampleDocument[]).map((d) => [d.file, d] as const))(
		'%s carries the document’s title, not the name of a temporary page',
		(file, d) => {
			const title = pdfInfoTitle(readFileSync(join(root, file)));
			expect(title).toBe(pdfTitle(d));
			expect(title).toContain(d.title);
			expect(title).not.toMatch(/\.html$/);
		},
	);
});
