import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { date, ids, optional, slug, strictObject, text, url } from './messages';

/**
 * Frontmatter of articles (news, stories, policies) and static pages.
 *
 * An item is a folder `content/<kind>/<slug>/` holding `index.vi.md` (the source, with every
 * field) and optionally `index.<locale>.md` translations. A translation carries only the fields
 * that change with the language; shared facts (dates, topics, unit, cover image) are entered once
 * in the Vietnamese file. This is what Decap writes for fields without `i18n: true`.
 */

const sourceHint = 'Kiểm tra chính tả tên trường. (Unknown field: check its spelling.)';
const translationHint =
  'Bản dịch chỉ gồm title, slug, summary, coverAlt, coverCaption, changes, withdrawnReason (và audience với chính sách); ngày, chủ đề, đơn vị, ảnh bìa lấy từ bản tiếng Việt. (A translation holds only translated fields; shared fields belong in index.vi.md.)';

const noAlt =
  'Ảnh bìa cần lời mô tả "coverAlt" cho người không nhìn thấy ảnh. (A cover image needs alt text in coverAlt.)';

/** A dated public note about a change to a published article. */
const changeNote = strictObject(
  {
    date: date('changes.date'),
    note: text('changes.note', 500),
    /** A major change is also announced in the feeds. */
    major: z.boolean({ error: '"major" phải là true hoặc false.' }).default(false),
  },
  'Mỗi ghi chú cập nhật gồm date, note và major. (A change note has date, note and major.)',
);

/** Fields that are written again in every language. */
const translatable = {
  /** Headline, as on the page and in feeds. */
  title: text('title', 200),
  /** One or two sentences for listings, feeds and share cards. */
  summary: text('summary', 400),
  /** Alt text of the cover image, describing what it shows. */
  coverAlt: optional(text('coverAlt', 300)),
  /** Caption under the cover (credit, place). */
  coverCaption: optional(text('coverCaption', 300)),
};

/** Translated fields of articles only (not static pages): public change notes, withdrawal reason. */
const articleTranslatable = {
  /** Dated public notes on what changed after publication, newest last. */
  changes: optional(z.array(changeNote, { error: '"changes" phải là một danh sách. (changes must be a list.)' }).max(50)),
  /** Why the article was withdrawn; required with withdrawnAt. */
  withdrawnReason: optional(text('withdrawnReason', 500)),
};

/** Extra translatable fields of policy explainers: who is affected. */
const policyTranslatable = {
  /** For whom the policy changes things, e.g. "Học sinh lớp 10 năm học 2026-2027". */
  audience: text('audience', 300),
};

/** Facts shared by all languages, entered once in the Vietnamese file. */
function shared({ image }: SchemaContext) {
  return {
    /** Used by translations only (the folder name is the Vietnamese URL); the CMS shows it in every language. */
    slug: optional(slug('slug')),
    /** Publication date and time (shown in Asia/Ho_Chi_Minh). */
    date: date('date'),
    /** Date of the last significant update, if any. */
    updated: optional(date('updated')),
    /** Themes of the communication plan (ids in content/topics). */
    topics: ids('topics'),
    /** The unit that published the item (id in content/units). */
    unit: slug('unit'),
    /** Cover image file beside the Markdown, e.g. `cover.jpg`. */
    cover: optional(image()),
    /** Feature this item on the home page. */
    featured: z.boolean({ error: '"featured" phải là true hoặc false.' }).default(false),
    /** Drafts are never built. */
    draft: z.boolean({ error: '"draft" phải là true hoặc false.' }).default(false),
    /** When the article was withdrawn: the page stays, marked, and leaves listings, feeds and search. */
    withdrawnAt: optional(date('withdrawnAt')),
  };
}

/** Extra shared fields of policy explainers. */
const policyShared = {
  /** From when the policy applies. */
  effective: date('effective'),
  /** The legal document it comes from, e.g. "Thông tư 32/2018/TT-BGDĐT". */
  source: text('source', 200),
  /** Where the document can be read. */
  sourceUrl: optional(url('sourceUrl')),
};

type Dated = {
  date: Date;
  updated?: Date | undefined;
  cover?: unknown;
  coverAlt?: string | undefined;
  withdrawnAt?: Date | undefined;
  withdrawnReason?: string | undefined;
};

/** Cross-field rules every Vietnamese article file obeys. */
function articleRules(data: Dated, ctx: z.RefinementCtx) {
  if (data.cover && !data.coverAlt) ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: noAlt });
  if (data.withdrawnAt && !data.withdrawnReason)
    ctx.addIssue({
      code: 'custom',
      path: ['withdrawnReason'],
      message: 'Bài thu hồi cần lý do "withdrawnReason" để bạn đọc biết. (A withdrawn article needs withdrawnReason.)',
    });
  if (data.updated && data.updated < data.date)
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: 'Ngày cập nhật "updated" không được trước ngày đăng "date". (updated must not be before date.)',
    });
}

/** Schema of the Vietnamese (source) file of a news item or story. */
export function articleSchema(ctx: SchemaContext) {
  return strictObject({ ...translatable, ...articleTranslatable, ...shared(ctx) }, sourceHint).superRefine(articleRules);
}

/** Schema of the Vietnamese (source) file of a policy explainer. */
export function policySchema(ctx: SchemaContext) {
  return strictObject({ ...translatable, ...articleTranslatable, ...policyTranslatable, ...shared(ctx), ...policyShared }, sourceHint).superRefine(
    articleRules,
  );
}

/**
 * Schema of a translation file. Decap may write a locale file holding no title (a stub for a
 * language nobody translated): such a file is valid and counts as "not translated". Once it has a
 * title, the rest of the translation is required.
 */
function translationSchema(fields: Record<string, z.ZodType>, copies: Record<string, z.ZodType> = {}) {
  const optionalFields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, optional(v)]));
  return strictObject(
    {
      ...optionalFields,
      /** URL slug in this language, so English URLs read in English. */
      slug: optional(slug('slug')),
      /** A translation can be held back while the source is published. */
      draft: z.boolean({ error: '"draft" phải là true hoặc false.' }).default(false),
      ...copies,
    },
    translationHint,
  ).superRefine((data: Record<string, unknown>, ctx) => {
      if (data.title === undefined) return;
      for (const [key, field] of Object.entries(fields)) {
        if (field.safeParse(undefined).success) continue;
        if (data[key] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `Bản dịch có tiêu đề thì cũng cần "${key}". (A translation with a title needs ${key} too.)`,
          });
      }
    });
}

/** Copies the CMS writes of the Vietnamese file's topics and unit; the build checks they agree. */
const sharedCopies = { topics: optional(ids('topics')), unit: optional(slug('unit')) };

/** Schema of a translated news item or story. */
export const articleTranslationSchema = translationSchema({ ...translatable, ...articleTranslatable }, sharedCopies);
/** Schema of a translated policy explainer. */
export const policyTranslationSchema = translationSchema({ ...translatable, ...articleTranslatable, ...policyTranslatable }, sharedCopies);

/** Schema of the Vietnamese file of a static page (about, contacts…). */
export const pageSchema = strictObject({
  title: translatable.title,
  summary: translatable.summary,
  /** Used by translations only; the folder name is the Vietnamese URL. */
  slug: optional(slug('slug')),
  /** Position in the footer and the "about" menu, smallest first. */
  order: z.number({ error: '"order" phải là một số. (order must be a number.)' }).int().default(100),
  updated: optional(date('updated')),
  draft: z.boolean({ error: '"draft" phải là true hoặc false.' }).default(false),
}, sourceHint);

/** Schema of a translated static page. */
export const pageTranslationSchema = translationSchema({ title: translatable.title, summary: translatable.summary });
