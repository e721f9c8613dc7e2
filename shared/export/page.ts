// One standalone, publish-ready HTML page per article: no scripts but JSON-LD, no outside files
// but the Khmer font (see fonts.ts).
import type { Article } from '../article';
import { escapeAttribute } from './escape';
import { collectFacts } from './facts';
import { renderStoryHtml } from './fragment';
import { renderCorrections } from './corrections-html';
import { renderHead } from './head';
import { renderPhotoFigure } from './photo-html';
import { renderArticleHeader, renderMasthead, renderRelated, renderTicker } from './page-parts';
import type { ExportContext } from './types';

export function renderArticlePage(article: Article, context: ExportContext): string {
  const { publication } = context;
  const facts = collectFacts(article, context);
  const parts = [
    '<!doctype html>',
    `<html lang="${escapeAttribute(facts.language)}" dir="${facts.dir}">`,
    '<head>',
    renderHead(facts, publication, context.fonts, Boolean(context.photos?.display)),
    '</head>',
    '<body>',
    renderTicker(facts.ticker),
    renderMasthead(publication),
    '<main>',
    '<article>',
    renderArticleHeader(facts, publication),
    article.leadPhoto
      ? renderPhotoFigure(article.leadPhoto, { lead: true, links: context.photos })
      : '',
    `<div class="article-body">\n${renderStoryHtml(article, facts.dateline, publication.siteUrl, context.photos)}\n</div>`,
    renderCorrections(article, publication),
    renderRelated(facts.related),
    '</article>',
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${parts.filter((part) => part !== '').join('\n')}\n`;
}
