// The exported page with photos: what a browser, a search engine and a social network read.
import { describe, expect, it } from 'vitest';
import { renderArticlePage, renderNinjs } from '.';
import { everyNodeCase } from '../../test-support/shared/export/gate-articles';
import { BODY_PHOTO, LEAD_PHOTO } from '../../test-support/shared/sample-photos';
import { cropRendition } from '../photos/renditions';

const { article, context } = everyNodeCase();
const page = renderArticlePage(article, context);
const jsonLd = () =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!) as {
    image?: string[];
  };

describe('a page with photos', () => {
  it('shows the lead photo above the story at once and the body photos lazily', () => {
    const figures = page.match(/<figure class="[^"]*">.*?<\/figure>/gs) ?? [];
    expect(figures).toHaveLength(2);
    const [lead, body] = figures as [string, string];
    expect(lead).toContain('class="photo lead-photo"');
    expect(lead).not.toContain('loading="lazy"');
    expect(body).toContain('loading="lazy"');
    expect(page.indexOf(lead)).toBeLessThan(page.indexOf('class="article-body"'));
  });

  it('offers WebP and JPEG at each width, with the size that keeps the page still', () => {
    expect(page).toContain(
      `<source type="image/webp" srcset="photos/${LEAD_PHOTO.hash}-480-full.webp 480w, photos/${LEAD_PHOTO.hash}-800-full.webp 800w, photos/${LEAD_PHOTO.hash}-1200-full.webp 1200w, photos/${LEAD_PHOTO.hash}-1600-full.webp 1600w"`,
    );
    expect(page).toContain(`src="photos/${LEAD_PHOTO.hash}-1200-full.jpg"`);
    expect(page).toContain('width="4000" height="3000"');
    // A 1,000 px photo is never made wider than itself.
    expect(page).toContain(`photos/${BODY_PHOTO.hash}-1000-full.webp 1000w"`);
    expect(page).not.toContain(`${BODY_PHOTO.hash}-1200`);
  });

  it('writes the caption and the credit under each photo, and the alt text on it', () => {
    expect(page).toContain(
      '<figcaption>Farmers move the first panel into place. <span class="photo-credit">Sok Chan</span></figcaption>',
    );
    expect(page).toContain(`alt="${LEAD_PHOTO.alt}"`);
    expect(page).toContain(`alt="${BODY_PHOTO.alt}"`);
  });

  it('gives Open Graph, Twitter and JSON-LD the crops around the focal point', () => {
    const wide = cropRendition(LEAD_PHOTO, '16x9');
    expect(wide).toMatchObject({ width: 1200, height: 675 });
    expect(page).toMatch(
      new RegExp(`<meta property="og:image" content="https://[^"]+/photos/${wide.file}">`),
    );
    expect(page).toContain('<meta property="og:image:width" content="1200">');
    expect(page).toContain('<meta property="og:image:height" content="675">');
    expect(page).toContain(`<meta property="og:image:alt" content="${LEAD_PHOTO.alt}">`);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).toMatch(/<meta name="twitter:image" content="https:[^"]+16x9[^"]+\.jpg">/);
    const images = jsonLd().image ?? [];
    expect(images.map((url) => /-(16x9|4x3|1x1)-/.exec(url)?.[1])).toEqual(['16x9', '4x3', '1x1']);
  });

  it('cuts the crops around the focal point, inside the photo', () => {
    // 4000 × 3000 at (0.3, 0.6): the 16:9 crop is the full width, moved down toward the point.
    const box = (crop: '16x9' | '1x1') => {
      const rendition = cropRendition(LEAD_PHOTO, crop);
      return rendition.file;
    };
    expect(box('16x9')).toContain('-16x9-300x600.jpg');
    expect(box('1x1')).toContain('-1x1-300x600.jpg');
  });

  it('lists the photos as ninjs associations with their words and sizes', () => {
    const item = renderNinjs(article, context);
    expect(item.associations?.map((entry) => entry.name)).toEqual(['featureimage', 'picture1']);
    const [lead] = item.associations!;
    expect(lead).toMatchObject({ type: 'picture', by: 'Sok Chan' });
    expect(lead!.descriptions).toContainEqual({
      role: 'alt',
      contenttype: 'text/plain',
      value: LEAD_PHOTO.alt,
    });
    expect(lead!.renditions.some((size) => size.name === '16x9-1200-jpeg')).toBe(true);
  });
});

describe('the writers’ profile pages', () => {
  it('fill JSON-LD author.url for the bylined writers the publication lists', () => {
    const listed = renderArticlePage(article, {
      ...context,
      publication: {
        ...context.publication,
        authors: [{ name: 'sok chan', url: 'https://news.example.org/authors/sok-chan' }],
      },
    });
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(listed)![1]!,
    ) as { author: { name: string; url?: string }[] };
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Sok Chan', url: 'https://news.example.org/authors/sok-chan' },
      { '@type': 'Person', name: 'Jane Doe' },
    ]);
  });
});
