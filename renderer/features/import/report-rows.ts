// What the import report lists, in words: one row per field the importer looks for.
import { ARTICLE_LANGUAGES } from '../../../shared/article';
import type { ImportReport } from '../../../shared/import/types';

export interface ReportRow {
  label: string;
  value: string;
  /** False when the importer did not find this part of the page. */
  found: boolean;
  /** The page's language, on values taken from the page, so Khmer gets its font. */
  lang?: string;
}

const NOT_FOUND = 'Not found';

const count = (value: number, one: string, many = `${one}s`) =>
  `${value} ${value === 1 ? one : many}`;

export function reportRows({ recognised }: ImportReport): ReportRow[] {
  const field = (label: string, value: string | undefined): ReportRow =>
    value
      ? { label, value, found: true, lang: recognised.language }
      : { label, value: NOT_FOUND, found: false };
  const language =
    ARTICLE_LANGUAGES.find((entry) => entry.tag === recognised.language)?.label ??
    recognised.language;
  return [
    field('Headline', recognised.headline),
    field('Dateline', recognised.dateline),
    field('Byline', recognised.byline),
    { label: 'Language', value: language, found: true },
    { label: 'Body', value: count(recognised.paragraphs, 'paragraph'), found: true },
    {
      label: 'Related News',
      value: recognised.relatedSection
        ? count(recognised.relatedLinks, 'link')
        : recognised.relatedLinks > 0
          ? count(recognised.relatedLinks, 'link')
          : 'No section',
      found: recognised.relatedSection || recognised.relatedLinks > 0,
    },
  ];
}

/** The ticker button's words: "Add 5 headlines to the ticker". */
export function tickerButtonLabel(headlines: number): string {
  return `Add ${count(headlines, 'headline')} to the ticker`;
}
