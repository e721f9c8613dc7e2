// The dateline that opens a story's first paragraph, in the forms newsrooms and agencies use:
// "Phnom Penh: ...", "PHNOM PENH, June 30 (Xinhua) -- ...", "Phnom Penh, December 3, 2010 AKP --",
// "PHNOM PENH, Cambodia (AP) — ...", "PHNOM PENH (FN), Feb 25 – ...", and the Khmer
// "ភ្នំពេញ ៖ ...", "ភ្នំពេញ៖ ..." or "(ភ្នំពេញ)៖ ...". The place, date and agency come apart.
import { DATE_SOURCE, readDatelineDate } from './dateline-date';
import { NOT_PLACES } from './not-places';
import { isKnownPlace } from './places';

export interface DatelineParts {
  /** The place: "Phnom Penh", "PHNOM PENH, Cambodia", "ភ្នំពេញ". */
  place: string;
  /** An ISO date when the dateline names the year, otherwise the date as written ("Dec 1"). */
  date?: string;
  /** The agency it credits: "Xinhua", "AKP". */
  agency?: string;
}

export interface DatelineMatch extends DatelineParts {
  /** How many characters of the paragraph it took, separator and spaces included. */
  length: number;
}

// A datelined opening is short; looking further only invites mistakes and slow matching.
const LOOK_AHEAD = 160;
const MAX_DATELINE = 120;

// White space within a line: a dateline never runs over a line break into the next line.
const SPACE = String.raw`[^\S\n]`;
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const JOINER = String.raw`(?:de|la|le|du|da|do|del|des|el|al|of|on|upon|am|an|sur|en)`;
// "Stung Treng province –" names the province in lower case.
const PLACE = String.raw`${WORD}(?: (?:${JOINER} )?${WORD}){0,3}(?: (?:province|city))?`;
const REGION = String.raw`\p{Lu}[\p{L}\p{M}.\-]*(?: \p{Lu}[\p{L}\p{M}.\-]*){0,2}`;
const AGENCY = String.raw`[^()\n]{1,40}`;
const BARE_AGENCY = String.raw`\p{Lu}{2,6}`;
const DATE = `(?:${DATE_SOURCE})`;
const KHMER_WORD = String.raw`[\u1780-\u17D3\u17DD]+`;
// "ភ្នំពេញ ថ្ងៃទី៣ ..." names the day after the place; the day is not part of it.
const KHMER_PLACE = String.raw`${KHMER_WORD}(?:[ \u200B](?!ថ្ងៃ)${KHMER_WORD}){0,2}`;

/** Place, region, date and agency in the orders agencies write them. */
const LATIN_PARTS = [
  `(?<place>${PLACE})`,
  String.raw`(?:${SPACE}*\((?<agencyFirst>${AGENCY})\))?`,
  `(?:,${SPACE}?(?<region>${REGION})(?=${SPACE}*[,(:—–-]))?`,
  `(?:,${SPACE}?(?<date>${DATE}))?`,
  String.raw`(?:${SPACE}*\((?<agency>${AGENCY})\)|${SPACE}+(?<bare>${BARE_AGENCY}))?`,
].join('');
const KHMER_PARTS = [
  String.raw`(?:\((?<kParen>${KHMER_PLACE})\)|(?<kPlace>${KHMER_PLACE}))`,
  `(?:,?${SPACE}?(?<kDate>${DATE}))?`,
  String.raw`(?:${SPACE}*\((?<kAgency>${AGENCY})\))?`,
].join('');

const DASH = String.raw`${SPACE}*(?:--|—|–)${SPACE}*|${SPACE}*-${SPACE}+`;
const COLON = String.raw`${SPACE}?:(?:\s+|$)`;

const LATIN_OPENING = new RegExp(String.raw`^${LATIN_PARTS}(?:(?<dash>${DASH})|${COLON})`, 'u');
const KHMER_OPENING = new RegExp(
  String.raw`^${KHMER_PARTS}[ \u00A0\u200B]?[\u17D6:][ \u00A0]*`,
  'u',
);
const LATIN_WHOLE = new RegExp(String.raw`^${LATIN_PARTS}$`, 'u');
const KHMER_WHOLE = new RegExp(String.raw`^${KHMER_PARTS}$`, 'u');

export function matchDateline(paragraph: string): DatelineMatch | undefined {
  const head = paragraph.slice(0, LOOK_AHEAD);
  const latin = LATIN_OPENING.exec(head);
  const found = latin && trusted(latin, head) ? latin : KHMER_OPENING.exec(head);
  if (!found) return undefined;
  const parts = partsOf(found.groups ?? {});
  return parts && { ...parts, length: found[0].length };
}

/**
 * A dateline the writer typed on its own ("PHNOM PENH, June 30 (Xinhua)"), taken apart; text that
 * does not read as a dateline stays whole as the place.
 */
export function splitDateline(text: string): DatelineParts {
  const written = text.replace(/\s+/g, ' ').trim();
  const found = LATIN_WHOLE.exec(written) ?? KHMER_WHOLE.exec(written);
  return (found && partsOf(found.groups ?? {})) ?? { place: written };
}

/** The dateline as one line of text: "PHNOM PENH, June 5 (Xinhua)". */
export function joinDateline(parts: DatelineParts): string {
  if (!parts.place) return '';
  const date = parts.date ? `, ${parts.date}` : '';
  return `${parts.place}${date}${parts.agency ? ` (${parts.agency})` : ''}`;
}

/** The loosest forms are kept to places a newsroom knows: "Prices rose - again" is a sentence. */
function trusted(match: RegExpExecArray, head: string): boolean {
  const { place = '', date, agency, agencyFirst, bare, region, dash } = match.groups ?? {};
  if (!dash || date || agency || agencyFirst || bare) return true;
  if (region || !/\p{Ll}/u.test(place)) return true;
  const next = head.slice(match[0].length);
  return isKnownPlace(place) && !/^\p{Ll}/u.test(next);
}

function partsOf(groups: Record<string, string | undefined>): DatelineParts | undefined {
  const { region, date, kDate } = groups;
  const name = groups.place ?? groups.kParen ?? groups.kPlace ?? '';
  const place = (region ? `${name}, ${region}` : name).replace(/^[\s\u200B]+|[\s\u200B]+$/g, '');
  const firstWord = (place.split(/[\s,(]/)[0] ?? '').toLowerCase();
  if (place === '' || NOT_PLACES.has(firstWord) || place.length > MAX_DATELINE) return undefined;
  const written = date ?? kDate;
  const agency = (groups.agency ?? groups.agencyFirst ?? groups.bare ?? groups.kAgency)?.trim();
  return {
    place,
    ...(written ? { date: readDatelineDate(written) ?? written } : {}),
    ...(agency ? { agency } : {}),
  };
}
