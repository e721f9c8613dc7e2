// Every photo address an exported file names, and where each lands on disk, so a test can check
// that the photos/ folder beside the file holds each of them (and nothing else).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

/** The addresses in an HTML page or fragment: img/source src and srcset, og:, twitter: and JSON-LD images. */
export function htmlPhotoAddresses(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:img|source)\b[^>]*>/g)) {
    const src = /\ssrc="([^"]*)"/.exec(tag)?.[1];
    if (src) found.push(src);
    const srcset = /\ssrcset="([^"]*)"/.exec(tag)?.[1];
    for (const entry of srcset?.split(',') ?? []) found.push(entry.trim().split(/\s+/)[0]!);
  }
  for (const [, content] of html.matchAll(
    /<meta (?:property="og:image"|name="twitter:image") content="([^"]*)">/g,
  )) {
    found.push(content!);
  }
  const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (jsonLd) found.push(...((JSON.parse(jsonLd) as { image?: string[] }).image ?? []));
  return found.map((address) => address.replaceAll('&amp;', '&'));
}

/** The addresses of a ninjs item's pictures. */
export function ninjsPhotoAddresses(json: string): string[] {
  const item = JSON.parse(json) as {
    associations?: Record<string, { renditions: { href: string }[] }>;
  };
  return Object.values(item.associations ?? {}).flatMap((picture) =>
    picture.renditions.map((rendition) => rendition.href),
  );
}

/**
 * The file an address names, for a file saved at `file`: relative addresses from its folder,
 * addresses on the site from `pageUrl` (the page's own address there), as the site will serve
 * the folder. Undefined for an address outside both.
 */
export function fileOfAddress(address: string, file: string, pageUrl?: string): string | undefined {
  if (/^[a-z]+:/i.test(address)) {
    if (!pageUrl || address.startsWith('data:')) return undefined;
    const base = new URL('.', pageUrl).href;
    if (!address.startsWith(base)) return undefined;
    return path.join(path.dirname(file), decodeURIComponent(address.slice(base.length)));
  }
  return fileURLToPath(new URL(address, pathToFileURL(file)));
}

/** The addresses whose file is missing beside `file`. */
export function missingFiles(addresses: string[], file: string, pageUrl?: string): string[] {
  return addresses.filter((address) => {
    const target = fileOfAddress(address, file, pageUrl);
    return target === undefined || !existsSync(target);
  });
}
