// The stored article: its zod schema, its types, and the summary the library list shows.
import { z } from 'zod';
import { ArticleIdSchema } from './ids';
import { isWebUrl } from './schema/link-policy';
import { PhotoRefSchema } from './photos/photo-ref';

export const ARTICLE_SCHEMA_VERSION = 4;

/** The id format lives with the other ids; re-exported for the schemas built on it here. */
export { ArticleIdSchema };

/** The desk's workflow, in order: a reporter files, an editor edits, a chief approves. */
export const ARTICLE_STATUSES = ['draft', 'ready', 'edited', 'approved'] as const;
export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  ready: 'Ready for edit',
  edited: 'Edited',
  approved: 'Approved',
};

/** Languages a newsroom can set per article for now; stored as BCP 47 tags. */
export const ARTICLE_LANGUAGES = [
  { tag: 'en', label: 'English' },
  { tag: 'km', label: 'Khmer' },
] as const;

/** BCP 47 tags such as "en", "km" or "en-GB". */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language is a BCP 47 tag such as "en" or "km"');

const TipTapMarkSchema = z.looseObject({
  type: z.string().max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export interface TipTapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TipTapNode[];
  marks?: z.infer<typeof TipTapMarkSchema>[];
  text?: string;
}

export const TipTapNodeSchema: z.ZodType<TipTapNode> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(TipTapNodeSchema).optional(),
    marks: z.array(TipTapMarkSchema).optional(),
    text: z.string().optional(),
  }),
);

export const BodySchema = z.object({
  type: z.literal('doc'),
  content: z.array(TipTapNodeSchema).optional(),
});
export type ArticleBody = z.infer<typeof BodySchema>;

/** Where a related-news link or a ticker item points: an article of the library or a web page. */
export const LinkTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), articleId: ArticleIdSchema }),
  z.object({ kind: z.literal('url'), url: z.string().min(1).max(2048) }),
]);
export type LinkTarget = z.infer<typeof LinkTargetSchema>;

/** Ids of list entries (related links, ticker items), made by whoever adds the entry. */
export const EntryIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, 'an entry id is 6 to 64 letters, digits, dashes or underscores');

export const RelatedLinkSchema = z.object({
  id: EntryIdSchema,
  title: z.string().max(300),
  /** True once a writer typed the title; otherwise a library link shows the article's headline. */
  titleEdited: z.boolean(),
  // Only web pages, as the related-news form allows: a javascript: or data: address is not kept.
  target: LinkTargetSchema.refine((target) => target.kind !== 'url' || isWebUrl(target.url), {
    message: 'a related link must be a web address starting with http:// or https://',
  }),
});
export type RelatedLink = z.infer<typeof RelatedLinkSchema>;

const text = (max: number) => z.string().max(max);

/** The fields a writer edits; everything else is kept by the library. */
export const ArticleFieldsSchema = z.object({
  headline: text(1_000),
  /** The ticker's version of the headline; empty means the headline itself. */
  shortHeadline: text(300),
  standfirst: text(5_000),
  byline: text(500),
  /** The dateline's place: "Phnom Penh", "PHNOM PENH, Cambodia", "ភ្នំពេញ". */
  dateline: text(200),
  /** The dateline's date: an ISO date when it names the year, else as written ("Dec 1"). */
  datelineDate: text(60).optional(),
  /** The agency the dateline credits ("Xinhua", "AKP"). */
  datelineAgency: text(60).optional(),
  body: BodySchema,
  language: LanguageTagSchema,
  related: z.array(RelatedLinkSchema).max(50),
  /** The photo above the story, with its words and focal point; the body holds the others. */
  leadPhoto: PhotoRefSchema.optional(),
  section: text(100),
  tags: z.array(z.string().min(1).max(60)).max(30),
  /** Editor's notes: kept with the article, never exported. */
  notes: text(20_000),
  status: ArticleStatusSchema,
});
export type ArticleFields = z.infer<typeof ArticleFieldsSchema>;

const IsoDateSchema = z.iso.datetime();

/** Who did something to the article and when, as the desk records status changes; "" when unnamed. */
export const ActRecordSchema = z.object({ by: z.string().max(100), at: IsoDateSchema });
export type ActRecord = z.infer<typeof ActRecordSchema>;

/** A correction to published text: the note the page prints, and what changed. */
export const CorrectionSchema = ActRecordSchema.extend({
  note: z.string().trim().min(1).max(2_000),
  /** What changed, in a few words, for the newsroom's records; never printed on the page. */
  summary: z.string().max(2_000),
});
export type Correction = z.infer<typeof CorrectionSchema>;

export const ArticleSchema = ArticleFieldsSchema.extend({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  id: ArticleIdSchema,
  revision: z.number().int().nonnegative(),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  trashedAt: IsoDateSchema.optional(),
  /** Who approved the article and when; kept by the library, never set by a save's fields. */
  approval: ActRecordSchema.optional(),
  /** Set when an approved article was edited and so went back to Edited: who and when. */
  changedSinceApproval: ActRecordSchema.optional(),
  /** Corrections recorded to the published text, oldest first. */
  corrections: z.array(CorrectionSchema).max(500).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

export interface ArticleSummary {
  id: string;
  revision: number;
  headline: string;
  shortHeadline: string;
  /** Who wrote it and the standfirst's first line, so the library tells like articles apart. */
  byline: string;
  standfirstLine: string;
  status: ArticleStatus;
  language: string;
  section: string;
  tags: string[];
  wordCount: number;
  createdAt: string;
  updatedAt: string;
  trashedAt?: string;
}

export function emptyBody(): ArticleBody {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function emptyFields(): ArticleFields {
  return {
    headline: '',
    shortHeadline: '',
    standfirst: '',
    byline: '',
    dateline: '',
    datelineDate: '',
    datelineAgency: '',
    body: emptyBody(),
    language: 'en',
    related: [],
    section: '',
    tags: [],
    notes: '',
    status: 'draft',
  };
}

/** What the ticker shows for an article: its short headline, or the headline itself. */
export function tickerText(article: Pick<ArticleFields, 'headline' | 'shortHeadline'>): string {
  return article.shortHeadline.trim() || article.headline.trim();
}

/** Newest change first; ties broken by id so the order never shuffles between runs. */
export function compareByLastChange(a: ArticleSummary, b: ArticleSummary): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A text's first line, cut at a word near 160 characters (a listing row shows one line). */
export function firstLine(text: string, limit = 160): string {
  const line = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  if (line.length <= limit) return line;
  const cut = line.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The listing entry for an article; `wordCount` is passed in because counting is not free. */
export function summarize(article: Article, wordCount: number): ArticleSummary {
  const summary: ArticleSummary = {
    id: article.id,
    revision: article.revision,
    headline: article.headline,
    shortHeadline: article.shortHeadline,
    byline: article.byline,
    standfirstLine: firstLine(article.standfirst),
    status: article.status,
    language: article.language,
    section: article.section,
    tags: article.tags,
    wordCount,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
  };
  if (article.trashedAt) summary.trashedAt = article.trashedAt;
  return summary;
}
