// Escaping for everything export writes: HTML text, attribute values, JSON inside a <script>,
// and the one check every written link goes through.
import { IGNORED_IN_URL, isAllowedLinkUrl } from '../schema/link-policy';

/**
 * Code points HTML forbids in a document (C0 and C1 controls other than whitespace, and
 * noncharacters); pasted and imported text brings them in (Word's U+000B line break, U+0007 cell
 * mark, misread Windows-1252). They carry nothing a reader sees, so they are left out.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\p{Noncharacter_Code_Point}]/gu;

export function dropForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/**
 * Anything escaping could change, in one character class: most text has none of it and is
 * written as it is, without the forbidden-code-point scan and the entity scan each walking it.
 * A class of single code units is far quicker to scan for than the u-flag pattern; it takes
 * every U+DFFE and U+DFFF (the second half of the planes' noncharacters) for one, and such text
 * simply goes the careful way.
 */
const MAY_NEED_WORK =
  '\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f-\\u009f\\ufdd0-\\ufdef\\ufffe\\uffff\\udffe\\udfff';
const TEXT_WORK = new RegExp(`[&<>${MAY_NEED_WORK}]`);
const ATTRIBUTE_WORK = new RegExp(`[&<>"${MAY_NEED_WORK}]`);

/** Text between tags. The same three characters TipTap's static renderer escapes, so bodies match it. */
export function escapeText(text: string): string {
  if (!TEXT_WORK.test(text)) return text;
  return withEntities(dropForbidden(text), false);
}

/**
 * `&`, `<`, `>` (and `"` in an attribute) as entities, by one scan: quicker than a replace calling
 * back for each match, and `&` and quotes are common in news copy.
 */
function withEntities(text: string, inAttribute: boolean): string {
  let html = '';
  let from = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    const entity =
      code === 38
        ? '&amp;'
        : code === 60
          ? '&lt;'
          : code === 62
            ? '&gt;'
            : code === 34 && inAttribute
              ? '&quot;'
              : '';
    if (entity === '') continue;
    html += text.slice(from, at) + entity;
    from = at + 1;
  }
  return from === 0 ? text : html + text.slice(from);
}

/** A value written inside double quotes. */
export function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_WORK.test(value)) return value;
  return withEntities(dropForbidden(value), true);
}

const SCRIPT_UNSAFE = /[<>&\u007f-\u009f\u2028\u2029]/g;

/**
 * JSON for a <script type="application/ld+json"> block. Escaping `<` (and its neighbours) as
 * \u003c keeps "</script>" or "<!--" in a headline from ending the block; the JSON still parses
 * to the same values.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    SCRIPT_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The href to write for a link, or undefined when it must not be written. Absolute addresses
 * must be http:, https: or mailto: (the schema's policy, checked again here); a relative one,
 * such as the file of another article of an edition, is kept.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const trimmed = href.trim();
  const cleaned = trimmed.replace(IGNORED_IN_URL, '');
  if (cleaned === '' || cleaned.length > 2048) return undefined;
  if (HAS_SCHEME.test(cleaned)) {
    return isAllowedLinkUrl(trimmed) ? trimmed : undefined;
  }
  return trimmed;
}

/** Whether a URL may appear in an href or src attribute of exported HTML. */
export function isSafeHref(href: string): boolean {
  return href === '' || safeHref(href) !== undefined;
}
