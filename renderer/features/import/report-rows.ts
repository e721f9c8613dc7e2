// What the import report lists, in words: one row per field the importer looks for.
import type { ImportReport } from '../../../shared/import/types';
import { languageLabel } from '../../lib/article-words';

export interface ReportRow {
  label: string;
  value: string;
  /** False when the importer did not find this part of the page. */
  found: boolean;
  /** The page's language, on values taken from the page, so Khmer gets its font. */
  lang?: string;
}

type Translate = (id: string, values?: Record<string, string | number>) => string;

export function reportRows({ recognised }: ImportReport, t: Translate): ReportRow[] {
  const field = (label: string, value: string | undefined): ReportRow =>
    value
      ? { label, value, found: true, lang: recognised.language }
      : { label, value: t('import.notFound'), found: false };
  const links = recognised.relatedSection || recognised.relatedLinks > 0;
  return [
    field(t('import.headline'), recognised.headline),
    field(t('import.dateline'), recognised.dateline),
    field(t('import.byline'), recognised.byline),
    { label: t('import.language'), value: languageLabel(t, recognised.language), found: true },
    {
      label: t('import.body'),
      value: t('import.paragraphs', { count: recognised.paragraphs }),
      found: true,
    },
    {
      label: t('import.related'),
      value: links ? t('import.links', { count: recognised.relatedLinks }) : t('import.noSection'),
      found: links,
    },
  ];
}

/** The ticker button's words: "Add 5 headlines to the ticker". */
export function tickerButtonLabel(headlines: number, t: Translate): string {
  return t('import.addToTicker', { count: headlines });
}
