import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** A built site read from disk, with helpers to resolve its URLs. */
export class Dist {
	constructor(readonly dir: string) {}

	/** Root-relative URL paths of every HTML file, e.g. `/en/news/x/` and `/404.html`. */
	pages(): string[] {
		const out: string[] = [];
		const walk = (d: string) => {
			for (const name of readdirSync(d)) {
				const p = join(d, name);
				if (statSync(p).isDirectory()) walk(p);
				else if (name.endsWith('.html'))
					out.push(`/${relative(this.dir, p).split(sep).join('/')}`.replace(/index\.html$/, ''));
			}
		};
		walk(this.dir);
		return out.sort();
	}

	/** Root-relative URL paths of every file, e.g. `/_astro/cover.abc.webp`. */
	files(): string[] {
		return readdirSync(this.dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => `/${relative(this.dir, join(e.parentPath, e.name)).split(sep).join('/')}`)
			.sort();
	}

	/** The file a root-relative URL is served from, or undefined if none. */
	file(url: string): string | undefined {
		const path = decodeURIComponent(url.split(/[?#]/)[0]!);
		const base = join(this.dir, path);
		const candidates = path.endsWith('/')
			? [join(base, 'index.html')]
			: [base, join(base, 'index.html')];
		return candidates.find((c) => existsSync(c) && statSync(c).isFile());
	}

	exists(url: string): boolean {
		return this.file(url) !== undefined;
	}

	text(url: string): string {
		const f = this.file(url);
		if (!f) throw new Error(`no file for ${url} in ${this.dir}`);
		return readFileSync(f, 'utf8');
	}

	html(url: string): HTMLElement {
		return parse(this.text(url));
	}
}
