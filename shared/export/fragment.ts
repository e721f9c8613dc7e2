// The story as HTML without the page around it, for pasting into a CMS: the body, its first
// paragraph opening with the dateline in the house style.
import type { Article } from '../article';
import { renderBodyHtml } from './body-html';
import { datelineLead, type WrittenDateline } from './dateline';
import { escapeText } from './escape';
import { collectFacts } from './facts';
import type { PhotoLinks } from './photo-html';
import type { ExportContext } from './types';

/**
 * The body's HTML with the dateline written into its first paragraph; links leaving the site
 * at `siteUrl` get the page's rel.
 */
export function renderStoryHtml(
  article: Article,
  dateline: WrittenDateline | undefined,
  siteUrl: string,
  photos?: PhotoLinks,
): string {
  const options = { siteUrl, ...(photos ? { photos } : {}) };
  if (!dateline) return renderBodyHtml(article.body, options);
  const lead = `<span class="dateline">${escapeText(datelineLead(dateline))}</span> `;
  return renderBodyHtml(article.body, { ...options, lead });
}

export function renderFragment(article: Article, context: ExportContext): string {
  const { dateline } = collectFacts(article, context);
  return renderStoryHtml(article, dateline, context.publication.siteUrl, context.photos);
}
