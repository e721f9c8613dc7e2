// Fields written on one line (a headline, a title, a ticker item): line breaks and runs of
// spaces become one space. No-break and zero-width spaces are the writer's and are kept.
const BREAKS_AND_SPACES = /[ \t\n\v\f\r\u0085\u2028\u2029]+/g;

export function oneLine(text: string): string {
  return text.replace(BREAKS_AND_SPACES, ' ').trim();
}
