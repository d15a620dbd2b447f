import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';

/**
 * A strict XML parser for the build's feeds and OPML file: Chromium's DOMParser, which refuses
 * what is not well-formed (a bare `&`, an unknown entity, `<` in an attribute, a second root)
 * where the lenient parsers in node_modules accept it. Element names and attributes come back
 * as the file spells them, entities decoded.
 */

/** An element of a parsed document. */
export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	/** The element's own text (its text children), trimmed. */
	text: string;
	/** The `text` attributes of its ancestors, outermost first (OPML folders). */
	folders: string[];
}

/** A parsed document: the parser's complaint, or its elements in document order. */
export interface XmlDocument {
	error: string | null;
	elements: XmlElement[];
}

export class XmlReader {
	#browser: Browser | undefined;
	#page: Page | undefined;

	async open(): Promise<void> {
		this.#browser = await launchBrowser();
		this.#page = await this.#browser.newPage();
	}

	async close(): Promise<void> {
		await this.#browser?.close();
	}

	/** Parse `xml` as `application/xml`. */
	read(xml: string): Promise<XmlDocument> {
		if (!this.#page) throw new Error('XmlReader: call open() first');
		return this.#page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'application/xml');
			const error = doc.getElementsByTagName('parsererror')[0];
			if (error) return { error: error.textContent ?? 'parser error', elements: [] };
			return {
				error: null,
				elements: [...doc.getElementsByTagName('*')].map((el) => {
					const folders: string[] = [];
					for (let p = el.parentElement; p; p = p.parentElement) {
						const text = p.getAttribute('text');
						if (text !== null) folders.unshift(text);
					}
					return {
						name: el.nodeName,
						attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
						text: [...el.childNodes]
							.filter(
								(n) => n.nodeType === Node.TEXT_NODE || n.nodeType === Node.CDATA_SECTION_NODE,
							)
							.map((n) => n.textContent)
							.join('')
							.trim(),
						folders,
					};
				}),
			};
		}, xml);
	}
}
