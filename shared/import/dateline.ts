// The dateline that opens a story's first paragraph, in the forms newsrooms use:
// "Phnom Penh: ...", "PHNOM PENH, June 30 (Xinhua) -- ...", "WASHINGTON (AP) — ...",
// and the Khmer "ភ្នំពេញ ៖ ..." or "ភ្នំពេញ៖ ...".

export interface DatelineMatch {
  /** What goes into the Dateline field: the place, with the date and agency when given. */
  dateline: string;
  /** How many characters of the paragraph it took, separator and spaces included. */
  length: number;
}

// A datelined opening is short; looking further only invites mistakes and slow matching.
const LOOK_AHEAD = 160;
const MAX_DATELINE = 120;

// White space within a line: a dateline never runs over a line break into the next line.
const SPACE = String.raw`[^\S\n]`;
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*`;
const JOINER = String.raw`(?:de|la|le|du|da|do|del|des|el|al|of|on|upon|am|an|sur|en)`;
const PLACE = String.raw`${WORD}(?: (?:${JOINER} )?${WORD}){0,3}`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const DATE = String.raw`,${SPACE}?[^,:()\n—–]{1,30}?`;
const AGENCY = String.raw`${SPACE}?\([^()\n]{1,40}\)`;
const DASH = String.raw`(?:${SPACE}*(?:--|—|–)\s*|${SPACE}+-\s+)`;
const KHMER_WORD = String.raw`[\u1780-\u17D3\u17DD]+`;

/** "PHNOM PENH, June 30 (Xinhua) --", "WASHINGTON —", "Phnom Penh (Reuters) -". */
const AGENCY_FORM = new RegExp(
  String.raw`^((?:${CAPS_PLACE})(?:${DATE})?(?:${AGENCY})?|(?:${PLACE})(?:${DATE})?(?:${AGENCY}))${DASH}`,
  'u',
);
/** "Phnom Penh:", "SIEM REAP:", "Kampong Cham, Dec. 22:". */
const COLON_FORM = new RegExp(
  String.raw`^((?:${PLACE})(?:,${SPACE}?(?=[^,:\n]*\d)[^,:\n]{1,30})?)${SPACE}?:(?:\s+|$)`,
  'u',
);
/** "ភ្នំពេញ ៖" or "ភ្នំពេញ៖" (the Khmer colon), or a Latin colon after a Khmer place. */
const KHMER_FORM = new RegExp(
  String.raw`^(${KHMER_WORD}(?:[ \u200B]${KHMER_WORD}){0,2})[ \u00A0\u200B]?[\u17D6:][ \u00A0]*`,
  'u',
);

// Openings shaped like a dateline that are labels or names, not places.
const NOT_PLACES = new Set([
  'after',
  'as',
  'at',
  'before',
  'for',
  'from',
  'he',
  'in',
  'it',
  'on',
  'she',
  'that',
  'they',
  'this',
  'we',
  'when',
  'while',
  'with',
  'analysis',
  'answer',
  'background',
  'breaking',
  'by',
  'caption',
  'clarification',
  'comment',
  'context',
  'correction',
  'disclaimer',
  'dr',
  'dr.',
  'editor',
  "editor's",
  'exclusive',
  'interview',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'note',
  'notes',
  'opinion',
  'photo',
  'question',
  'q',
  'a',
  'read',
  'related',
  'source',
  'sources',
  'summary',
  'update',
  'updated',
  'video',
  'warning',
]);

export function matchDateline(paragraph: string): DatelineMatch | undefined {
  const head = paragraph.slice(0, LOOK_AHEAD);
  const match = AGENCY_FORM.exec(head) ?? COLON_FORM.exec(head) ?? KHMER_FORM.exec(head);
  const found = match?.[1];
  if (!match || !found) return undefined;
  const dateline = found.replace(/^[\s\u200B]+|[\s\u200B]+$/g, '');
  const firstWord = (dateline.split(/[\s,(]/)[0] ?? '').toLowerCase();
  if (NOT_PLACES.has(firstWord) || dateline.length > MAX_DATELINE) return undefined;
  return { dateline, length: match[0].length };
}
