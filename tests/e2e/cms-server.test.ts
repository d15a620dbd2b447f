import { spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { root } from '../build/builds';
import { freePort, startProcess } from '../support/processes';

/** The local CMS git server has no authentication: it must only ever listen on loopback. */

const server = join(root, 'scripts/cms-server.mjs');
let running: ChildProcess | undefined;
afterAll(() => running?.kill());

/** Whether a TCP connection to host:port succeeds. */
const reachable = (host: string, port: number) =>
	new Promise<boolean>((resolve) => {
		const socket = connect({ host, port, timeout: 2000 });
		socket.on('connect', () => (socket.destroy(), resolve(true)));
		socket.on('error', () => resolve(false));
		socket.on('timeout', () => (socket.destroy(), resolve(false)));
	});

test('refuses to listen on every interface, saying why', () => {
	const run = spawnSync(process.execPath, [server], {
		env: { ...process.env, GIT_REPO_DIRECTORY: root, BIND_HOST: '0.0.0.0', PORT: '0' },
		encoding: 'utf8',
		timeout: 30_000,
	});
	expect(run.status).toBe(1);
	expect(run.stderr).toContain('loopback only');
});

test('answers on 127.0.0.1 and not on the machine’s network addresses', async () => {
	const port = await freePort();
	running = await startProcess(process.execPath, [server], {
		cwd: root,
		env: { ...process.env, GIT_REPO_DIRECTORY: root, PORT: String(port) },
		ready: /listening on/i,
	});
	expect(await reachable('127.0.0.1', port)).toBe(true);
	const outside = Object.values(networkInterfaces())
		.flat()
		.filter((a) => a && !a.internal && a.family === 'IPv4')
		.map((a) => a!.address);
	for (const address of outside) expect(await reachable(address, port), address).toBe(false);
});
