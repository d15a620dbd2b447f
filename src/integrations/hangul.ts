import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { incrementalShared } from '../lib/incremental/shared.ts';
import {
	hangulFamily,
	hangulRange,
	hangulSubset,
	hangulWeights,
	siteHangul,
	subsetKey,
} from '../lib/hangul.ts';

const cssModule = 'virtual:hangul.css';
const filesModule = 'virtual:hangul-files';

/**
 * The Hangul subset of the site (src/lib/hangul.ts): before anything is bundled, gathers every
 * Hangul character of the content and the dictionaries, cuts Noto Sans KR down to them (kept in the
 * cache by their hash: the same characters are not cut again), and gives Vite a stylesheet of two
 * faces (`virtual:hangul.css`, imported by the layout) and their URLs (`virtual:hangul-files`, for
 * the preloads of Korean pages). Vite emits the files with content hashes like every asset.
 *
 * A new syllable changes the font, hence the stylesheet every page links: the subset's key is part
 * of the code an incremental build compares, so such a publication is a full build.
 *
 * Under `astro dev` the subset is the one of the server's start: a syllable written since shows in
 * a fallback font until the server restarts.
 */
export function hangul(): AstroIntegration {
	return {
		name: 'hangul',
		hooks: {
			'astro:config:setup': async ({ config, updateConfig, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(config.root);
				const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
				const chars = await siteHangul(
					[contentDir, fileURLToPath(new URL('i18n/ui/', config.srcDir))],
					join(fileURLToPath(config.cacheDir), 'hangul-scan.json'),
				);
				const key = subsetKey(chars);
				const dir = join(fileURLToPath(config.cacheDir), 'hangul', key);
				if (!existsSync(join(dir, 'hangul.css'))) {
					// Written beside, then renamed: a build stopped halfway leaves no half subset.
					const temp = `${dir}.${process.pid}.tmp`;
					await mkdir(temp, { recursive: true });
					const faces: string[] = [];
					for (const weight of hangulWeights) {
						await writeFile(
							join(temp, `hangul-${weight}.woff2`),
							await hangulSubset(chars, weight, 'woff2'),
						);
						faces.push(
							`@font-face {\n\tfont-family: '${hangulFamily}';\n\tfont-style: normal;\n\tfont-weight: ${weight};\n\tfont-display: swap;\n\tsrc: url('./hangul-${weight}.woff2') format('woff2');\n\tunicode-range: ${hangulRange};\n}\n`,
						);
					}
					await writeFile(
						join(temp, 'hangul.css'),
						`/* ${hangulFamily}, only the ${[...chars].length} Hangul characters of the site (src/integrations/hangul.ts). */\n${faces.join('')}`,
					);
					await rename(temp, dir).catch(async (error: NodeJS.ErrnoException) => {
						// Another build made the same subset meanwhile: theirs is as good.
						if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
						await rm(temp, { recursive: true, force: true });
					});
				}
				incrementalShared().generated = { ...incrementalShared().generated, hangul: key };
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'hangul-subset',
								resolveId(id) {
									if (id === cssModule) return join(dir, 'hangul.css');
									if (id === filesModule) return `\0${filesModule}`;
									return undefined;
								},
								load(id) {
									if (id !== `\0${filesModule}`) return undefined;
									const files = hangulWeights.map((w) => join(dir, `hangul-${w}.woff2`));
									return `${files.map((f, i) => `import f${i} from ${JSON.stringify(`${f}?url`)};`).join('\n')}\nexport default [${files.map((_, i) => `f${i}`).join(', ')}];\n`;
								},
							},
						],
					},
				});
				logger.info(
					`${[...chars].length} Hangul characters, subset ${key} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
				);
			},
		},
	};
}
