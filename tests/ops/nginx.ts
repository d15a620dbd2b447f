import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';

/** The nginx configuration the README shows and a Department installs. */
export const siteConf = resolve(import.meta.dirname, '../../scripts/deploy/nginx.conf');

/** Debian's nginx. */
export const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * `scripts/deploy/nginx.conf` made runnable here, with every other line as written: only the
 * lines that name this machine change — `listen` (plain http on a loopback high port, as no
 * certificate exists here), `ssl_*` (dropped with it), `root` (the test's release) and
 * `server_name` — and `proxy_pass`, so the feedback server can take a free port rather than
 * 4321, which a developer's `astro preview` may hold.
 */
export function adaptSiteConf(
	text: string,
	o: { port: number; root: string; proxyPort: number },
): string {
	let replaced = 0;
	const out = text
		.split('\n')
		.map((line) => {
			const indent = /^\s*/.exec(line)![0];
			const directive = line.trim().split(/\s+/)[0];
			const swap = (next: string) => {
				replaced++;
				return next === '' ? '' : `${indent}${next}`;
			};
			if (directive === 'listen') return swap(`listen 127.0.0.1:${o.port};`);
			if (directive?.startsWith('ssl_')) return swap('');
			if (directive === 'root') return swap(`root ${o.root};`);
			if (directive === 'server_name') return swap('server_name 127.0.0.1;');
			if (directive === 'proxy_pass') return swap(`proxy_pass http://127.0.0.1:${o.proxyPort};`);
			return line;
		})
		.join('\n');
	// listen, two ssl_ lines, root, server_name, proxy_pass: if the file changes shape, say so.
	if (replaced !== 6)
		throw new Error(`expected 6 machine-specific lines in nginx.conf, found ${replaced}`);
	return out;
}

/** The previews' server block (README: Publishing from CI). */
export const previewsConf = resolve(
	import.meta.dirname,
	'../../scripts/deploy/nginx-previews.conf',
);

/**
 * `scripts/deploy/nginx-previews.conf` made runnable here: `listen` on a loopback port, `ssl_*`
 * dropped, and `root` moved under the test's folder keeping its `$preview` part. `server_name`,
 * whose pattern picks the preview, stays as written.
 */
export function adaptPreviewConf(text: string, o: { port: number; previews: string }): string {
	let replaced = 0;
	const out = text
		.split('\n')
		.map((line) => {
			const indent = /^\s*/.exec(line)![0];
			const directive = line.trim().split(/\s+/)[0];
			if (directive === 'listen') {
				replaced++;
				return `${indent}listen 127.0.0.1:${o.port};`;
			}
			if (directive?.startsWith('ssl_')) {
				replaced++;
				return '';
			}
			if (directive === 'root') {
				replaced++;
				return line.replace('/srv/giaoduc/previews', o.previews);
			}
			return line;
		})
		.join('\n');
	if (replaced !== 4)
		throw new Error(`expected 4 machine-specific lines in nginx-previews.conf, found ${replaced}`);
	return out;
}

/** A running nginx and where it writes. */
export interface Nginx {
	url: string;
	dir: string;
	errorLog(): string;
	accessLog(): string;
	stop(): Promise<void>;
}

/**
 * Start nginx in the foreground as the current user, everything it writes (pid, temp files,
 * logs) in `dir`, the site's file included from a minimal nginx.conf as Debian's includes it.
 */
export async function startNginx(
	o: { dir: string; port: number } & (
		| { root: string; proxyPort: number }
		| { /** A server block made runnable already (e.g. `adaptPreviewConf`). */ conf: string }
	),
): Promise<Nginx> {
	mkdirSync(o.dir, { recursive: true });
	writeFileSync(
		join(o.dir, 'site.conf'),
		'conf' in o ? o.conf : adaptSiteConf(readFileSync(siteConf, 'utf8'), o),
	);
	const temp = (name: string) => `${name}_temp_path ${join(o.dir, name)};`;
	// As root, nginx's workers would become "nobody", who cannot read a private temp folder.
	const user = process.getuid?.() === 0 ? `user ${userInfo().username};` : '';
	writeFileSync(
		join(o.dir, 'nginx.conf'),
		`${user}
worker_processes 1;
pid ${join(o.dir, 'nginx.pid')};
error_log ${join(o.dir, 'error.log')} warn;
events { worker_connections 512; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	sendfile on;
	access_log ${join(o.dir, 'access.log')};
	${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n\t')}
	include ${join(o.dir, 'site.conf')};
}
`,
	);
	const child: ChildProcess = spawn(
		nginxBinary,
		[
			'-p',
			o.dir,
			'-c',
			join(o.dir, 'nginx.conf'),
			'-e',
			join(o.dir, 'error.log'),
			'-g',
			'daemon off;',
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let out = '';
	child.stdout!.on('data', (d: Buffer) => (out += d));
	child.stderr!.on('data', (d: Buffer) => (out += d));
	const url = `http://127.0.0.1:${o.port}`;
	const read = (f: string) => {
		try {
			return readFileSync(join(o.dir, f), 'utf8');
		} catch {
			return '';
		}
	};
	const deadline = Date.now() + 15_000;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`nginx exited (${child.exitCode}):\n${out}\n${read('error.log')}`);
		try {
			await fetch(`${url}/`);
			break;
		} catch {
			if (Date.now() > deadline) throw new Error(`nginx did not start:\n${out}`);
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		url,
		dir: o.dir,
		errorLog: () => read('error.log'),
		accessLog: () => read('access.log'),
		stop: () =>
			new Promise((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				// QUIT: graceful shutdown of master and workers.
				child.kill('SIGQUIT');
			}),
	};
}
