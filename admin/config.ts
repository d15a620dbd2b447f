import { defaultLocale, localeCodes } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { itemPath, staticPagePath } from '~/lib/paths';
import {
	documentKinds,
	documentsKind,
	pageKind,
	registryKinds,
	settingsKinds,
	type DocumentKind,
	type RegistryKind,
	type SettingsKind,
} from '~/schemas/kinds';
import type { BackendConfig } from './backend';
import {
	alertFields,
	articleFields,
	clarificationFields,
	consultationFields,
	documentFields,
	identityFields,
	pageFields,
	policyFields,
	pressFields,
	spokespersonFields,
	topicFields,
	unitFields,
	type CmsField,
} from './fields';
import type { ChoiceRegistry } from './fields/common';
import { formatName } from './format';

/**
 * The Decap CMS configuration, generated from the site's own model: locales from
 * `src/i18n/locales.ts`, collections from `src/schemas/collections.ts`, fields from `fields.ts`
 * (checked against the zod schemas by `config.test.ts`). The admin page serialises it and calls
 * `CMS.init({ config })` with `load_config_file: false`, so there is no config.yml to drift.
 */

// The CMS speaks Vietnamese, the source language.
const { t } = useTranslations(defaultLocale);

/**
 * What each collection is for, shown under its name in the CMS: guidance for editors, like the
 * fields' hints, so it stays here rather than in the site's dictionary. The names themselves are
 * the site's (`section.<kind>` in `src/i18n/ui/vi.ts`), so the CMS and the site call a collection
 * the same.
 */
const descriptions: Record<DocumentKind | RegistryKind, string> = {
	news: 'Tin về hoạt động, kết quả, chỉ đạo điều hành của ngành.',
	stories: 'Tấm gương người tốt, việc tốt: thầy cô, học sinh, nhà trường.',
	policies: 'Điều gì thay đổi, với ai, từ khi nào, căn cứ văn bản nào.',
	consultations:
		'Dự thảo chính sách lấy ý kiến nhân dân: toàn văn PDF, thời hạn góp ý, rồi kết quả tiếp thu.',
	clarifications:
		'Thông tin sai sự thật hoặc gây hiểu nhầm đang lan truyền, kết luận của Sở và nguồn để kiểm chứng.',
	press: 'Thông cáo chính thức của Sở, do người phát ngôn đưa ra.',
	documents:
		'Văn bản quy phạm pháp luật, chỉ đạo, điều hành: số ký hiệu, cơ quan ban hành, ngày hiệu lực, toàn văn PDF.',
	pages: 'Giới thiệu Sở, cơ cấu tổ chức, liên hệ.',
	topics: 'Các chủ đề của kế hoạch truyền thông.',
	units: 'Các phòng thuộc Sở, phòng GDĐT, trường học.',
	spokespeople:
		'Người phát ngôn và người được ủy quyền phát ngôn của Sở, ký tên dưới thông cáo báo chí.',
	alerts: 'Băng thông báo trên mọi trang, tự ẩn khi hết hạn.',
};

const fieldsOf: Record<DocumentKind | RegistryKind, CmsField[]> = {
	news: articleFields,
	stories: articleFields,
	policies: policyFields,
	consultations: consultationFields,
	clarifications: clarificationFields,
	press: pressFields,
	pages: pageFields,
	documents: documentFields,
	topics: topicFields,
	units: unitFields,
	spokespeople: spokespersonFields,
	alerts: alertFields,
};

/** How editors find registry entries: by name, or an alert by its text and dates. */
const registryViews: Record<
	RegistryKind,
	{ identifier: string; summary: string; sortable: string[] }
> = {
	topics: { identifier: 'name.vi', summary: '{{name.vi}}', sortable: ['order'] },
	units: { identifier: 'name.vi', summary: '{{name.vi}}', sortable: ['order'] },
	spokespeople: {
		identifier: 'name',
		summary: '{{name}} · {{title.vi}}',
		sortable: ['order', 'name'],
	},
	alerts: {
		identifier: 'text.vi',
		summary:
			"{{startsAt | date('DD/MM/YYYY HH:mm')}} → {{expiresAt | date('DD/MM/YYYY HH:mm')}} · {{text.vi}}",
		sortable: ['startsAt', 'expiresAt'],
	},
};

/**
 * How editors find Markdown entries: articles by date, the static pages by title, legal documents
 * by number and date of issue (they have no publication date).
 */
function listView(kind: DocumentKind) {
	if (kind === pageKind)
		return { slug: '{{title}}', summary: '{{title}}', sortable_fields: ['title'] };
	if (kind === documentsKind)
		return {
			// "Quyết định 15/2026/QĐ-UBND" → quyet-dinh-15-2026-qd-ubnd: short and unique, unlike a long abstract.
			slug: '{{docType}}-{{number}}',
			summary: "{{number}} · {{issued | date('DD/MM/YYYY')}}",
			sortable_fields: ['issued', 'number', 'title'],
			view_groups: [{ label: t('section.documentYear'), field: 'issued', pattern: '\\d{4}' }],
		};
	return {
		slug: '{{title}}',
		summary: "{{title}} · {{date | date('DD/MM/YYYY')}}",
		sortable_fields: ['date', 'title'],
		view_groups: [{ label: t('search.filter.year'), field: 'date', pattern: '\\d{4}' }],
	};
}

/** What every collection has: its names for editors and its folder, where editors may create entries. */
function folderCollection(kind: DocumentKind | RegistryKind, root: string) {
	return {
		name: kind,
		label: t(`section.${kind}`),
		label_singular: t(`section.${kind}.singular`),
		description: descriptions[kind],
		folder: `${root}/${kind}`,
		create: true,
	};
}

/** An option of a registry choice: the entry's Vietnamese name, storing its id (file name). */
export interface RegistryOption {
	label: string;
	value: string;
}

/** The options of every registry choice, read from the registries when the admin is built. */
export type RegistryOptions = Record<ChoiceRegistry, RegistryOption[]>;

/** Fill in the options of registry choices (`registryChoice`), dropping the marker Decap does not know. */
function withOptions(fields: CmsField[], options: RegistryOptions): CmsField[] {
	return fields.map(({ choices, ...field }) =>
		choices ? { ...field, options: options[choices as ChoiceRegistry] } : field,
	);
}

/**
 * A Markdown collection in the layout the site reads: `content/<kind>/<slug>/index.<locale>.md`,
 * uploads beside the files (decap-cms#4781: only `multiple_files` with `{{slug}}/index` and empty
 * media folders keeps images next to every locale's file).
 */
function documentCollection(kind: DocumentKind, root: string, options: RegistryOptions) {
	return {
		...folderCollection(kind, root),
		path: '{{slug}}/index',
		media_folder: '',
		public_folder: '',
		extension: 'md',
		// Front matter that writes files the editor did not change back unchanged (format.ts).
		format: formatName,
		i18n: true,
		// "Xem trước" opens the preview at the entry's own Vietnamese page. `{{dirname}}` is the
		// entry's folder (its slug): Decap's `{{slug}}` would end in "/index" here.
		preview_path: previewPath(kind).slice(1),
		...listView(kind),
		fields: withOptions(fieldsOf[kind], options),
	};
}

/** Decap's `preview_path` placeholder for the entry's folder. */
export const entryFolder = '{{dirname}}';

/** Path of an entry's Vietnamese page, with the folder as Decap's placeholder; built by the site's own routes. */
export function previewPath(kind: DocumentKind): string {
	if (kind === pageKind) return staticPagePath(defaultLocale, entryFolder);
	return itemPath(defaultLocale, kind, entryFolder);
}

/** A registry: one YAML file per entry, named by its id. */
function registryCollection(kind: RegistryKind, root: string, options: RegistryOptions) {
	return {
		...folderCollection(kind, root),
		extension: 'yml',
		format: 'yml',
		identifier_field: registryViews[kind].identifier,
		slug: `{{fields.${registryViews[kind].identifier}}}`,
		summary: registryViews[kind].summary,
		sortable_fields: registryViews[kind].sortable,
		fields: withOptions(fieldsOf[kind], options),
	};
}

/** What each settings file is called in the CMS, what it is for, and its fields. */
const settingsFiles: Record<
	SettingsKind,
	{ label: string; description: string; fields: CmsField[] }
> = {
	identity: {
		label: 'Thông tin chung',
		description:
			'Tên, địa chỉ, điện thoại, đường dây nóng, thư điện tử, giờ làm việc, mạng xã hội, logo của Sở: mọi trang đọc từ đây.',
		fields: identityFields,
	},
};

/** The settings: a Decap `files` collection, one form per file, nothing to create or delete. */
function settingsCollection(root: string) {
	return {
		name: 'settings',
		label: 'Thông tin chung',
		description: settingsFiles.identity.description,
		// Decap's config schema takes the format per collection, not per file.
		format: 'yml',
		// Decap's default preview lists bare values under "Tiếng Việt:"/"Tiếng Anh:" without saying
		// of which field, and takes half the width: the form alone is clearer (the site shows the
		// values in its footer and contact page).
		editor: { preview: false },
		// One file per setting, edited in place: no list, no new entries.
		files: settingsKinds.map((kind) => ({
			name: kind,
			label: settingsFiles[kind].label,
			file: `${root}/settings/${kind}.yml`,
			fields: settingsFiles[kind].fields,
		})),
	};
}

/** What the generated config depends on. */
export interface CmsOptions {
	backend: BackendConfig;
	/** Public address of the site, for "view live" links. */
	siteUrl: string;
	/** Where content lives, relative to the repository root. */
	contentRoot?: string;
	/** Topics, units and spokespeople articles choose from, and the articles notices lead to. */
	registryOptions?: RegistryOptions;
	/**
	 * Whether CI publishes a preview of every draft and reports it as a "deploy" commit status
	 * (README, "Previews for reviewers"): then the editorial board's "Xem trước" opens it.
	 */
	previews?: boolean;
}

/**
 * Commit messages in Vietnamese, naming the kind of entry. Decap reads them from
 * `backend.commit_messages` (not the top level) and fills in only `{{collection}}` (the
 * collection's `label_singular`), `{{slug}}`, `{{path}}`, `{{author-login}}`, `{{author-name}}`
 * and, for open authoring, `{{message}}` (decap-cms-core `lib/formatters.ts`): there is no
 * placeholder for the title, so the slug (made from the Vietnamese title) stands for it. For
 * Markdown entries the slug ends in "/index" (`path: '{{slug}}/index'`).
 */
export const commitMessages = {
	create: 'Tạo {{collection}} “{{slug}}”',
	update: 'Sửa {{collection}} “{{slug}}”',
	delete: 'Xoá {{collection}} “{{slug}}”',
	uploadMedia: 'Tải lên tệp “{{path}}”',
	deleteMedia: 'Xoá tệp “{{path}}”',
	openAuthoring: '{{message}}',
};

const noOptions: RegistryOptions = {
	topics: [],
	units: [],
	spokespeople: [],
	articles: [],
	documents: [],
};

/** The whole Decap config object. */
export function cmsConfig({
	backend,
	siteUrl,
	contentRoot = 'content',
	registryOptions = noOptions,
	previews = false,
}: CmsOptions) {
	return {
		backend: { ...backend, commit_messages: commitMessages },
		load_config_file: false,
		locale: 'vi',
		publish_mode: 'editorial_workflow',
		// Without previews (decap-server answers none; no CI posts "deploy" statuses) Decap would
		// poll for them in vain (24 requests per opened entry); the admin page then hides the button.
		show_preview_links: previews,
		site_url: siteUrl,
		display_url: siteUrl,
		logo_url: '/favicon.svg',
		// Required by Decap even though every collection stores its images beside the entry.
		media_folder: `${contentRoot}/media`,
		public_folder: '/media',
		// "Đổi mới giáo dục 2026" → doi-moi-giao-duc-2026: ASCII, tone marks and đ dropped (the CMS e2e test checks a folder name).
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		i18n: { structure: 'multiple_files', locales: localeCodes, default_locale: defaultLocale },
		collections: [
			...documentKinds.map((k) => documentCollection(k, contentRoot, registryOptions)),
			...registryKinds.map((k) => registryCollection(k, contentRoot, registryOptions)),
			settingsCollection(contentRoot),
		],
	};
}
