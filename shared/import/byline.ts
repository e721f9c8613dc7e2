// Byline lines that close (or open) a story: "(By Sok Chan)", "By Sok Chan",
// "Article in English by Jane Doe", "Reported by Sok Chan and Jane Doe".

const MAX_LINE = 160;

// A name is capitalised words (or Khmer words), joined by spaces, commas, "and" or particles.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.\-]*|[\u1780-\u17D3\u17DD\u200B]+)`;
const NAME_JOIN = String.raw`(?: | ?, ?| (?:and|&) | (?:de|van|von|da|bin|binti|al|del|la|le) )`;
const NAME = String.raw`${NAME_WORD}(?:${NAME_JOIN}${NAME_WORD}){0,9}`;
const CREDIT = String.raw`(?:[Aa]rticle|[Ss]tory|[Rr]eport|[Rr]eported|[Ww]ritten|[Tt]ranslated|[Ee]dited|[Pp]hotos?)(?: in [A-Z][a-z]+)? `;

const BYLINE = new RegExp(String.raw`^(?:${CREDIT})?[Bb]y (${NAME})$`, 'u');

/** The name(s) a byline line credits, or undefined when the line is not a byline. */
export function matchByline(line: string): string | undefined {
  if (line.length > MAX_LINE * 2) return undefined;
  let text = line.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_LINE) return undefined;
  if (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  text = text.replace(/\.$/, '');
  return BYLINE.exec(text)?.[1];
}
