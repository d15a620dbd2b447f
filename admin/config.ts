import { defaultLocale, localeCodes } from '../src/i18n/locales';
import { articleKinds, pageKind, registryKinds, type DocumentKind, type RegistryKind } from '../src/schemas/collections';
import type { BackendConfig } from './backend';
import { alertFields, articleFields, pageFields, policyFields, topicFields, unitFields, type CmsField } from './fields';
import { formatName } from './format';

/**
 * The Decap CMS configuration, generated from the site's own model: locales from
 * `src/i18n/locales.ts`, collections from `src/schemas/collections.ts`, fields from `fields.ts`
 * (checked against the zod schemas by `config.test.ts`). The admin page serialises it and calls
 * `CMS.init({ config })` with `load_config_file: false`, so there is no config.yml to drift.
 */

/** Vietnamese names of the collections, as the editors call them. */
const labels: Record<DocumentKind | RegistryKind, { label: string; singular: string; description: string }> = {
  news: { label: 'Tin tức', singular: 'tin', description: 'Tin về hoạt động, kết quả, chỉ đạo điều hành của ngành.' },
  stories: { label: 'Gương sáng', singular: 'câu chuyện', description: 'Tấm gương người tốt, việc tốt: thầy cô, học sinh, nhà trường.' },
  policies: { label: 'Chính sách', singular: 'bài giải thích chính sách', description: 'Điều gì thay đổi, với ai, từ khi nào, căn cứ văn bản nào.' },
  pages: { label: 'Trang giới thiệu', singular: 'trang', description: 'Giới thiệu Sở, cơ cấu tổ chức, liên hệ.' },
  topics: { label: 'Chủ đề', singular: 'chủ đề', description: 'Các chủ đề của kế hoạch truyền thông.' },
  units: { label: 'Đơn vị', singular: 'đơn vị', description: 'Các phòng thuộc Sở, phòng GDĐT, trường học.' },
  alerts: { label: 'Thông báo khẩn', singular: 'thông báo khẩn', description: 'Băng thông báo trên mọi trang, tự ẩn khi hết hạn.' },
};

const fieldsOf: Record<DocumentKind | RegistryKind, CmsField[]> = {
  news: articleFields,
  stories: articleFields,
  policies: policyFields,
  pages: pageFields,
  topics: topicFields,
  units: unitFields,
  alerts: alertFields,
};

/** How editors find registry entries: by name, or an alert by its text and dates. */
const registryViews: Record<RegistryKind, { identifier: string; summary: string; sortable: string[] }> = {
  topics: { identifier: 'name.vi', summary: '{{name.vi}}', sortable: ['order'] },
  units: { identifier: 'name.vi', summary: '{{name.vi}}', sortable: ['order'] },
  alerts: { identifier: 'text.vi', summary: "{{startsAt | date('DD/MM/YYYY HH:mm')}} → {{expiresAt | date('DD/MM/YYYY HH:mm')}} · {{text.vi}}", sortable: ['startsAt', 'expiresAt'] },
};

/** What every collection has: its names for editors and its folder, where editors may create entries. */
function folderCollection(kind: DocumentKind | RegistryKind, root: string) {
  const l = labels[kind];
  return { name: kind, label: l.label, label_singular: l.singular, description: l.description, folder: `${root}/${kind}`, create: true };
}

/**
 * A Markdown collection in the layout the site reads: `content/<kind>/<slug>/index.<locale>.md`,
 * uploads beside the files (decap-cms#4781: only `multiple_files` with `{{slug}}/index` and empty
 * media folders keeps images next to every locale's file).
 */
function documentCollection(kind: DocumentKind, root: string) {
  return {
    ...folderCollection(kind, root),
    path: '{{slug}}/index',
    media_folder: '',
    public_folder: '',
    extension: 'md',
    // Front matter that writes files the editor did not change back unchanged (format.ts).
    format: formatName,
    i18n: true,
    slug: '{{title}}',
    summary: kind === pageKind ? '{{title}}' : "{{title}} · {{date | date('DD/MM/YYYY')}}",
    sortable_fields: kind === pageKind ? ['title'] : ['date', 'title'],
    ...(kind !== pageKind && { view_groups: [{ label: 'Năm', field: 'date', pattern: '\\d{4}' }] }),
    fields: fieldsOf[kind],
  };
}

/** A registry: one YAML file per entry, named by its id. */
function registryCollection(kind: RegistryKind, root: string) {
  return {
    ...folderCollection(kind, root),
    extension: 'yml',
    format: 'yml',
    identifier_field: registryViews[kind].identifier,
    slug: `{{fields.${registryViews[kind].identifier}}}`,
    summary: registryViews[kind].summary,
    sortable_fields: registryViews[kind].sortable,
    fields: fieldsOf[kind],
  };
}

/** What the generated config depends on. */
export interface CmsOptions {
  backend: BackendConfig;
  /** Public address of the site, for "view live" links. */
  siteUrl: string;
  /** Where content lives, relative to the repository root. */
  contentRoot?: string;
}

/** The whole Decap config object. */
export function cmsConfig({ backend, siteUrl, contentRoot = 'content' }: CmsOptions) {
  return {
    backend,
    load_config_file: false,
    locale: 'vi',
    publish_mode: 'editorial_workflow',
    site_url: siteUrl,
    display_url: siteUrl,
    logo_url: '/favicon.svg',
    // Required by Decap even though every collection stores its images beside the entry.
    media_folder: `${contentRoot}/media`,
    public_folder: '/media',
    // "Đổi mới giáo dục" → doi-moi-giao-duc: the same rule as src/lib/slugs.ts.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_files', locales: localeCodes, default_locale: defaultLocale },
    collections: [
      ...[...articleKinds, pageKind].map((k) => documentCollection(k, contentRoot)),
      ...registryKinds.map((k) => registryCollection(k, contentRoot)),
    ],
  };
}
