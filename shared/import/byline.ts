// Byline and credit lines that close (or open) a story: "(By Sok Chan)", "By Sok Chan",
// "Article in English by Jane Doe", "Writing by Sok Chan", the Khmer "ដោយ សុខ ចាន់" and
// "អត្ថបទ៖ សុខ ចាន់", the agency sign-off "--AKP", and the wire's
// "(Reporting by Sok Chan; Editing by Jane Doe)".

const MAX_LINE = 160;

// A name is capitalised words (or Khmer words), joined by spaces, commas, "and" or particles.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.\-]*|[\u1780-\u17D3\u17DD\u200B]+)`;
const NAME_JOIN = String.raw`(?: | ?, ?| (?:and|&|និង) | (?:de|van|von|da|bin|binti|al|del|la|le) )`;
const NAME = String.raw`${NAME_WORD}(?:${NAME_JOIN}${NAME_WORD}){0,9}`;
const CREDIT = String.raw`(?:[Aa]rticle|[Ss]tory|[Rr]eport|[Rr]eported|[Ww]ritten|[Ww]riting|[Tt]ranslated|[Ee]dited|[Pp]hotos?)(?: in [A-Z][a-z]+)? `;

const BYLINE = new RegExp(String.raw`^(?:${CREDIT})?[Bb]y:? (${NAME})$`, 'u');
// "ដោយ" alone also means "by means of"; as a byline it stands before a short name only.
const KHMER_NAME = String.raw`[\u1780-\u17D3\u17DD\u200B]+(?: [\u1780-\u17D3\u17DD\u200B]+){0,3}`;
const KHMER_BYLINE = new RegExp(
  String.raw`^(?:ដោយ|អត្ថបទ(?: ?ដោយ)?|អ្នកយកព័ត៌មាន)(?: ?[៖:] ?| )(${KHMER_NAME}(?: ?[,/] ?${KHMER_NAME})?)$`,
  'u',
);
const MAX_KHMER_BYLINE = 60;

/** The name(s) a byline line credits, or undefined when the line is not a byline. */
export function matchByline(line: string): string | undefined {
  const text = creditText(line);
  if (text === undefined) return undefined;
  const khmer = text.length <= MAX_KHMER_BYLINE ? KHMER_BYLINE.exec(text) : null;
  return BYLINE.exec(text)?.[1] ?? khmer?.[1];
}

// "(Reporting by A and B in Phnom Penh; Writing by C; Editing by D)"
const CREDIT_PART =
  /^(?:(?:additional )?reporting|writing|editing|compiled|graphics?|photos?|translation|translated|fact-checking|production) by \S/iu;
const AUTHOR_PART = /^(reporting|writing) by (.+)$/iu;
const PLACE_TAIL = / in \p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)*$/u;

/**
 * A wire credit line, which stays at the end of the story as written; what it returns are the
 * reporters and writers it names, who make the byline when the page gives none.
 */
export function matchCredit(line: string): string[] | undefined {
  const text = creditText(line);
  if (text === undefined) return undefined;
  const parts = text.split(/\s*;\s*/);
  if (!parts.every((part) => CREDIT_PART.test(part))) return undefined;
  return parts.flatMap((part) => {
    const found = AUTHOR_PART.exec(part);
    return found ? [found[2]!.replace(PLACE_TAIL, '').trim()] : [];
  });
}

/** The agency a closing sign-off names: "--AKP", "– AKP", "(AKP)". */
export function matchSignOff(line: string): string | undefined {
  if (line.length > MAX_LINE) return undefined;
  const text = line.replace(/\s+/g, ' ').trim();
  return /^(?:(?:--|—|–|-) ?(\p{Lu}{2,6})|\((\p{Lu}{2,6})\))$/u.exec(text)?.slice(1).find(Boolean);
}

/** The line without its brackets and closing full stop; undefined when too long for a credit. */
function creditText(line: string): string | undefined {
  if (line.length > MAX_LINE * 2) return undefined;
  let text = line.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_LINE) return undefined;
  if (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  return text.replace(/[.។]$/, '').trim();
}
