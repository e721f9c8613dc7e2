// Publish-ready output of an article: the standalone page, the body fragment for a CMS, plain
// text in the seed's shape, and ninjs. All pure: the same input gives the same bytes.
export { renderBodyHtml, renderDocHtml, type BodyHtmlOptions } from './body-html';
export { writeDateline, datelineLead, type WrittenDateline } from './dateline';
export { safeHref } from './escape';
export { renderFragment } from './fragment';
export { renderNinjs, NINJS_SCHEMA, type NinjsItem } from './ninjs';
export { renderArticlePage } from './page';
export { RELATED_HEADING, TICKER_LABEL } from './page-parts';
export { renderPlainText } from './plain-text';
export { EXPORT_FONTS, FONT_FOLDER, needsKhmerFont, type FontLinks } from './fonts';
export { THEME_CSS, pageStyles } from './theme-css';
export type { ExportContext, ResolveArticle, ResolvedArticle } from './types';
