// Escaping for the Atom feed. XML 1.0 cannot carry most control characters even escaped, so
// they are dropped; a feed with one in it would not parse at all.

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const SPECIALS = /[&<>"']/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or an attribute value, safe inside an element or a quoted attribute. */
export function escapeXml(text: string): string {
  // A lone surrogate half is not a character either; toWellFormed makes it U+FFFD.
  return text
    .toWellFormed()
    .replace(NOT_XML, '')
    .replace(SPECIALS, (char) => ENTITIES[char] ?? char);
}
