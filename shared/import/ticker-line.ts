// The site's ticker as it appears at the top of a page: "Headline one | Headline two |".

/** Longer than this, a "headline" is a paragraph that happens to contain a bar. */
const MAX_ITEM_LENGTH = 300;

/** The headlines on a ticker line, or undefined when the line is not one. */
export function parseTickerLine(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (trimmed.includes('\n')) return undefined;
  // A bar between spaces, or one closing the line, is how the page separates headlines.
  if (!trimmed.includes(' | ') && !/\s\|$/.test(trimmed)) return undefined;
  const items = trimmed
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (items.length === 0 || items.some((item) => item.length > MAX_ITEM_LENGTH)) return undefined;
  return items;
}
