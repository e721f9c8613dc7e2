// What the command line prints for people (scripts use --json): listing rows, an article, and
// what an import recognised.
import type { ImportOutcome } from '../../shared/api/contract';
import {
  ARTICLE_LANGUAGES,
  STATUS_LABELS,
  type Article,
  type ArticleSummary,
} from '../../shared/article';
import { datelineOf } from '../../shared/export/dateline';
import { joinDateline } from '../../shared/import/dateline';
import { docToPlainText } from '../../shared/text/doc-text';
import { plural } from '../../shared/text/plural';

export function languageName(tag: string): string {
  return ARTICLE_LANGUAGES.find((language) => language.tag === tag)?.label ?? tag;
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function listingRow(article: ArticleSummary): string {
  const status = STATUS_LABELS[article.status].padEnd(14);
  return `${article.id}  ${when(article.updatedAt)}  ${status}  ${article.headline || '(no headline)'}`;
}

export function articleText(article: Article): string {
  const headline = article.headline || '(no headline)';
  const facts = [
    article.dateline && `Dateline: ${joinDateline(datelineOf(article))}`,
    article.byline && `Byline: ${article.byline}`,
    `Language: ${languageName(article.language)}`,
    `Status: ${STATUS_LABELS[article.status]}`,
    article.section && `Section: ${article.section}`,
    article.tags.length > 0 && `Tags: ${article.tags.join(', ')}`,
  ].filter(Boolean);
  const lines = [headline, '='.repeat(Math.min(headline.length, 72))];
  if (article.standfirst) lines.push('', article.standfirst);
  lines.push(
    '',
    facts.join('   '),
    `Updated ${when(article.updatedAt)} (revision ${article.revision}), id ${article.id}`,
  );
  const body = docToPlainText(article.body);
  if (body) lines.push('', body);
  if (article.related.length > 0) {
    lines.push('', 'Related News');
    for (const link of article.related) {
      const target =
        link.target.kind === 'url' ? link.target.url : `article ${link.target.articleId}`;
      lines.push(`- ${link.title || '(untitled)'}: ${target}`);
    }
  }
  return lines.join('\n');
}

export function importSummary(file: string, { article, report }: ImportOutcome): string[] {
  const found = report.recognised;
  const facts = [
    found.dateline && `dateline ${found.dateline}`,
    found.byline && `byline ${found.byline}`,
    languageName(found.language),
    plural(found.paragraphs, 'paragraph'),
    plural(found.relatedLinks, 'related link'),
  ].filter(Boolean);
  const title = article.headline ? `"${article.headline}"` : 'an article with no headline';
  return [
    `Imported ${file} as ${title} (id ${article.id}).`,
    `  Found: ${facts.join(', ')}.`,
    ...report.notices.map((notice) => `  Note: ${notice}`),
  ];
}
