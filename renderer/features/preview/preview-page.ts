// The preview's page in two parts: the page around the story, rendered with an empty body so
// it costs the same for a long article as for a short one, and the story's HTML one top-level
// block at a time, so the frame can replace only the blocks that changed. Joined, the blocks
// are the exported story byte for byte (a block's HTML never depends on its neighbours).
import type { Article, TipTapNode } from '../../../shared/article';
import { renderArticlePage, type ExportContext } from '../../../shared/export';
import { collectFacts } from '../../../shared/export/facts';
import { renderStoryHtml } from '../../../shared/export/fragment';

export interface PreviewPage {
  /** The whole page with an empty story, whose article body the blocks fill. */
  shell: string;
  /** The story's HTML, one entry per top-level block of the body. */
  blocks: string[];
}

const bodyOf = (content: TipTapNode[]): Article['body'] => ({ type: 'doc', content });

export function renderPreviewPage(article: Article, context: ExportContext): PreviewPage {
  const shellArticle: Article = { ...article, body: bodyOf([]) };
  const shell = renderArticlePage(shellArticle, context);
  // Only the first block carries the dateline; the page's facts are counted without the body,
  // which nothing shown in the preview depends on.
  const { dateline } = collectFacts(shellArticle, context);
  const { siteUrl } = context.publication;
  const content = article.body.content ?? [];
  if (content.length === 0)
    return { shell, blocks: [renderStoryHtml(shellArticle, dateline, siteUrl, context.photos)] };
  const blocks = content.map((node, index) =>
    renderStoryHtml(
      { ...article, body: bodyOf([node]) },
      index === 0 ? dateline : undefined,
      siteUrl,
      context.photos,
    ),
  );
  return { shell, blocks };
}
