/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** Set by src/pages/[...path].astro for every HTML page (src/data/page-context.ts). */
		page?: import('./data/page-context').PageContext;
	}
}
