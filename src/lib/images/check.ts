import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';
import { formatProblems, type Problem } from '~/lib/checks';
import { scanFiles } from '~/lib/file-scan';

/**
 * Every image in the content tree must decode completely. Astro reads an image's header for its
 * size and then lets sharp decode with `failOn: 'none'`: a photo cut short by an interrupted
 * upload passes, and the site would show it half grey; a file sharp cannot read at all is shipped
 * unoptimised with a warning. This check decodes each image once, strictly, and fails the build
 * naming every bad file, and every content file that names an image that is not there. Images
 * already found good (same size and modification time) are skipped on the next build, so the
 * check costs only what changed.
 */

export const imageExtensions = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;

/** Every file under `dir`, the images and the Markdown apart. */
async function listContent(dir: string): Promise<{ images: string[]; markdown: string[] }> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
	return {
		images: files.filter((f) => imageExtensions.test(f)),
		markdown: files.filter((f) => f.endsWith('.md')).sort(),
	};
}

/**
 * Decode a whole image (shrink-on-load keeps it cheap for big photos); the error if it cannot.
 * For JPEG even libjpeg's warnings count: "Corrupt JPEG data" means damaged pixels. Other formats
 * fail on errors only, since libpng warns about harmless things (an old sRGB profile).
 */
export async function decodeError(file: string): Promise<string | undefined> {
	try {
		await sharp(file, { failOn: /\.jpe?g$/i.test(file) ? 'warning' : 'error' })
			.resize(64, 64, { fit: 'inside' })
			.raw()
			.toBuffer();
		return undefined;
	} catch (error) {
		// libvips may put its own reason before or after "Warning treated as error": keep every line.
		const reason = (error as Error).message
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean)
			.join('; ');
		// libvips keeps its reasons per thread, so with several decodes at once a message can arrive
		// without one; the commonest fault, a JPEG cut short by an interrupted upload, is named here
		// from the file itself (every JPEG ends with the EOI marker FF D9).
		return (await cutShortJpeg(file))
			? `premature end of file (the JPEG is cut short); ${reason}`
			: reason;
	}
}

/** True for a JPEG file that does not end with its end-of-image marker. */
async function cutShortJpeg(file: string): Promise<boolean> {
	if (!/\.jpe?g$/i.test(file)) return false;
	const bytes = await readFile(file);
	// Some writers pad after the marker: look for it in the last few bytes.
	return !bytes.subarray(-16).includes(Buffer.from([0xff, 0xd9]));
}

/**
 * Check the images under `contentDir`; `cacheFile` remembers the good ones. `label` turns a path
 * into what the message shows (relative to the project).
 */
export async function checkImages(
	contentDir: string,
	cacheFile: string,
	label: (file: string) => string,
	options: { listed?: string[] } = {},
): Promise<Problem[]> {
	const known: Record<string, string> = await readFile(cacheFile, 'utf8').then(
		JSON.parse,
		() => ({}),
	);
	const good: Record<string, string> = {};
	const problems: Problem[] = [];
	const files = options.listed ?? (await listContent(contentDir)).images;
	// A few at a time: sharp decodes on its own threads, and a phone photo takes ~100 MB while open.
	const queue = [...files];
	const worker = async () => {
		for (let file = queue.shift(); file; file = queue.shift()) {
			const { size, mtimeMs } = await stat(file);
			const key = relative(contentDir, file);
			const stamp = `${size}:${mtimeMs}`;
			if (known[key] === stamp) {
				good[key] = stamp;
				continue;
			}
			const error = await decodeError(file);
			if (error === undefined) good[key] = stamp;
			else
				problems.push({
					file: label(file),
					message:
						`ảnh bị hỏng hoặc không đọc được; hãy xuất lại ảnh dạng JPEG hoặc PNG rồi tải lên thay thế ` +
						`(the image cannot be decoded: ${error}; export it again as JPEG or PNG and replace the file)`,
				});
		}
	};
	await Promise.all([worker(), worker(), worker()]);
	await mkdir(dirname(cacheFile), { recursive: true });
	await writeFile(cacheFile, JSON.stringify(good));
	return problems.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Images a content file names that are not there. Astro would stop with "Could not find requested
 * image" without saying which file asked for it; this names the file and the field.
 */
export function imageReferences(markdown: string): { field: string; src: string }[] {
	const refs: { field: string; src: string }[] = [];
	const front = markdown.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---/);
	const cover = front?.[1]!.match(/^cover:[ \t]*["']?([^"'\r\n#]+?)["']?[ \t]*$/m)?.[1];
	if (cover) refs.push({ field: 'cover', src: cover });
	const body = front ? markdown.slice(front[0].length) : markdown;
	for (const [, bracketed, bare] of body.matchAll(
		/!\[[^\]]*\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g,
	))
		refs.push({ field: 'body', src: (bracketed ?? bare)! });
	// Addresses on other sites are the Markdown check's business (src/lib/markdown-safety.ts).
	return refs.filter((r) => !/^[a-z][\w+.-]*:|^\/\//i.test(r.src));
}

export async function missingImages(
	contentDir: string,
	label: (file: string) => string,
	options: { cacheFile?: string; listed?: string[] } = {},
): Promise<Problem[]> {
	const files = options.listed ?? (await listContent(contentDir)).markdown;
	// Each file's references are kept by its size and time: a build reads only what changed.
	const refs = await scanFiles(files, options.cacheFile, 'image references 1', imageReferences);
	const problems: Problem[] = [];
	for (const [file, fileRefs] of refs) {
		for (const ref of fileRefs) {
			const exists = await stat(join(dirname(file), decodeURI(ref.src))).then(
				(s) => s.isFile(),
				() => false,
			);
			if (!exists)
				problems.push({
					file: label(file),
					field: ref.field,
					message:
						`không có ảnh "${ref.src}" cạnh bài viết; hãy tải ảnh lên hoặc sửa lại tên tệp ` +
						`(there is no image "${ref.src}" beside the article; upload it or correct the file name)`,
				});
		}
	}
	return problems;
}

/** Throw the build's usual problem list if any image is bad or missing. */
export async function assertImagesDecode(
	contentDir: string,
	cacheFile: string,
	label: (file: string) => string,
): Promise<void> {
	// One listing for both: at 5,000 articles per language, listing the content tree takes a second.
	const { images, markdown } = await listContent(contentDir);
	const problems = [
		...(await missingImages(contentDir, label, {
			cacheFile: cacheFile.replace(/\.json$/, '-references.json'),
			listed: markdown,
		})),
		...(await checkImages(contentDir, cacheFile, label, { listed: images })),
	];
	if (problems.length > 0) throw new Error(formatProblems(problems));
}
