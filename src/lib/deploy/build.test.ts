import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listFiles } from './files';
import { stateFile } from '../incremental/state';
import { writeAssets } from './assets';
import { placeBuild, previousBuild, readOutcome } from './build';

const dir = mkdtempSync(join(tmpdir(), 'deploy-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
	const root = join(dir, name);
	mkdirSync(root, { recursive: true });
	for (const [file, body] of Object.entries(files)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), body);
	}
	return root;
}

const state = JSON.stringify({ build: { mode: 'full', reason: 'the topics changed', pages: 2 } });

describe('placeBuild', () => {
	test('takes the build state beside client/ and server/, copied or moved', () => {
		const files = {
			'client/index.html': 'home',
			'server/entry.mjs': 'server',
			[stateFile]: state,
		};
		const copied = folder('copied', {});
		placeBuild(folder('dist-a', files), copied, true);
		expect(readOutcome(copied)).toEqual({ mode: 'full', reason: 'the topics changed', pages: 2 });
		expect(existsSync(join(dir, 'dist-a', stateFile))).toBe(true);

		const moved = folder('moved', {});
		placeBuild(folder('dist-b', files), moved, false);
		expect(listFiles(moved)).toEqual(['build-state.json', 'client/index.html', 'server/entry.mjs']);
		expect(existsSync(join(dir, 'dist-b', stateFile))).toBe(false);
	});

	test('accepts a build made before build states, whose outcome is then unknown', () => {
		const release = folder('old-release', {});
		placeBuild(
			folder('dist-old', { 'client/index.html': 'home', 'server/entry.mjs': 'server' }),
			release,
			true,
		);
		expect(existsSync(join(release, stateFile))).toBe(false);
		expect(readOutcome(release)).toBeUndefined();
	});
});

describe('previousBuild', () => {
	test('links the files the release’s build made and its state, not the files carried in', () => {
		const release = folder('release', {
			'client/index.html': 'home',
			'client/_astro/site.OWN.css': 'own css',
			'client/_astro/site.CARRIED.css': 'carried css',
			'client/pagefind/fragment/vi_carried.pf_fragment': 'carried fragment',
			'server/entry.mjs': 'server',
			[stateFile]: state,
		});
		writeAssets(release, ['_astro/site.OWN.css']);
		const view = join(dir, 'view');
		expect(previousBuild(release, view)).toBeUndefined();
		expect(listFiles(view)).toEqual([
			'build-state.json',
			'client/_astro/site.OWN.css',
			'client/index.html',
		]);
		// Links, not copies; removing the view leaves the release whole.
		expect(statSync(join(view, 'client/index.html')).ino).toBe(
			statSync(join(release, 'client/index.html')).ino,
		);
		rmSync(view, { recursive: true });
		expect(readFileSync(join(release, 'client/index.html'), 'utf8')).toBe('home');
	});

	test('says why not when the release holds no build state', () => {
		const release = folder('20261201T000000Z-abc1234', { 'client/index.html': 'home' });
		expect(previousBuild(release, join(dir, 'view-2'))).toBe(
			'releases/20261201T000000Z-abc1234 holds no build-state.json (built before incremental builds)',
		);
		expect(existsSync(join(dir, 'view-2'))).toBe(false);
	});
});
