/** What `npm run deploy` is told, and how it fails. */

/** What a deploy is told. */
export interface DeployOptions {
	/** The checked-out project that is built (and whose node_modules the server uses). */
	project: string;
	target: string;
	keep: number;
	wait: boolean;
	/** A build made already (a folder with client/ and server/): deploy it without building. */
	from?: string | undefined;
	/** A shell command run after the switch (e.g. restart the feedback server). */
	afterSwitch?: string | undefined;
	siteUrl: string;
	env: NodeJS.ProcessEnv;
	say: (line: string) => void;
	now?: () => Date;
}

/** Raised for a deploy that stops before the switch: the message says why; nothing live changed. */
export class DeployError extends Error {
	name = 'DeployError';
}

/** Milliseconds as seconds with one decimal, as the deploy prints them. */
export const seconds = (ms: number) => (ms / 1000).toFixed(1);
