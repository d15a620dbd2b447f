import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { windowsFile, windowsShared } from '../lib/feedback/windows.ts';

/**
 * Writes the consultations' windows beside the feedback server's entry (`dist/server/`), from the
 * catalog the pages loaded (src/lib/feedback/windows.ts), so that the server needs no content store.
 */
export function feedbackWindows(): AstroIntegration {
	let serverDir: URL | undefined;
	return {
		name: 'feedback-windows',
		hooks: {
			'astro:config:done': ({ config }) => {
				serverDir = config.build.server;
			},
			'astro:build:done': async ({ logger }) => {
				const { windows } = windowsShared();
				if (!windows) throw new Error('feedback-windows: no page loaded the catalog');
				if (!serverDir) throw new Error('feedback-windows: the server folder is unknown');
				await writeFile(
					fileURLToPath(new URL(windowsFile, serverDir)),
					`${JSON.stringify(windows, null, '\t')}\n`,
				);
				logger.info(`${windowsFile}: ${Object.keys(windows).length} consultation(s)`);
			},
		},
	};
}
