/**
 * Making a release's files: `astro build` of the checked-out project, or a build made already
 * (`--from`), moved into the half-written release folder.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Run `astro build` into `outDir`, its messages going straight to this process's terminal. */
export function runBuild(
	project: string,
	outDir: string,
	env: NodeJS.ProcessEnv,
): Promise<number | null> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
			// Inherited output: the build's own message (file, field, fix) reaches the terminal or CI
			// log as the build wrote it, nothing paraphrased or cut.
			{ cwd: project, env, stdio: ['ignore', 'inherit', 'inherit'] },
		);
		child.on('error', reject);
		child.on('exit', (code) => resolve(code));
	});
}

/** Move a folder, copying when it crosses file systems (the project and target may differ). */
function move(from: string, to: string): void {
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}

/**
 * Put a build's `client/` and `server/` into the release folder: moved when the build was made for
 * this deploy, copied when it came `--from` a folder that stays (CI's artefact, a test's build).
 */
export function placeBuild(dist: string, releaseDir: string, keepSource: boolean): void {
	for (const part of ['client', 'server']) {
		const from = join(dist, part);
		if (!existsSync(from)) throw new Error(`${from}: missing (a build has client/ and server/)`);
		if (keepSource) cpSync(from, join(releaseDir, part), { recursive: true });
		else move(from, join(releaseDir, part));
	}
}

/**
 * The feedback server (`server/entry.mjs`) imports packages (send, devalue, unstorage…) that the
 * build leaves in node_modules rather than bundling. Node looks for them in the `node_modules` of
 * every folder above the file, so a link at the release's top makes the release's server run
 * from anywhere, with the packages of the checkout that deploys.
 */
export function linkNodeModules(project: string, releaseDir: string): void {
	symlinkSync(join(project, 'node_modules'), join(releaseDir, 'node_modules'), 'dir');
}
