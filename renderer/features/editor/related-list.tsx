// The article's related-news links, as they will appear under the published article.
import type { RelatedLink } from '../../../shared/article';

export function RelatedList({ links }: { links: RelatedLink[] }) {
  if (links.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related News</h2>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <span className="related-title">{link.title}</span>{' '}
            {link.target.kind === 'url' && <span className="related-url">{link.target.url}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
