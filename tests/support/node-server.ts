import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * The built site's Node server (`dist/server/entry.mjs`: the static pages and the feedback
 * endpoint) on a free loopback port, as `npm start` runs it in production.
 */
export interface NodeSite {
	url: string;
	process: ChildProcess;
	/** Everything the server printed, for failure messages. */
	output(): string;
	stop(signal?: NodeJS.Signals): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export async function startNodeSite(entry: string, env: Record<string, string>): Promise<NodeSite> {
	const port = await freePort();
	const child = spawn(process.execPath, [entry], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`the site server exited (${child.exitCode}):\n${log}`);
		try {
			if ((await fetch(`${url}/`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`the site server did not start in 30 s:\n${log}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		url,
		process: child,
		output: () => log,
		stop: (signal = 'SIGTERM') =>
			new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill(signal);
			}),
	};
}
