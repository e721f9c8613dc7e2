// Word writes its Heading styles as <h1>…<h6>, but a heading style it does not map (a Title, a
// heading in a document made elsewhere, a style built on a heading) arrives as a paragraph with
// the style's class, name or outline level. These become headings, as the .docx import reads them.
import { readStyle } from './style-declarations';

export function convertWordHeadings(doc: Document): void {
  for (const paragraph of [...doc.body.querySelectorAll('p')]) {
    const level = headingLevel(paragraph);
    if (level !== undefined) rename(paragraph, `h${level}`);
  }
}

/** The schema has headings of level 2 and 3: a first-level heading becomes 2, and 4 to 6 become 3. */
export function fitHeadingLevels(doc: Document): void {
  for (const heading of [...doc.body.querySelectorAll('h1')]) rename(heading, 'h2');
  for (const heading of [...doc.body.querySelectorAll('h4, h5, h6')]) rename(heading, 'h3');
}

function headingLevel(paragraph: Element): number | undefined {
  const style = readStyle(paragraph);
  const name = style.get('mso-style-name')?.toLowerCase() ?? '';
  const classes = [...paragraph.classList];
  if (name === 'title' || classes.some((name) => /^MsoTitle(CxSp\w+)?$/i.test(name))) return 1;
  const level = Number(
    classes.map((name) => /^MsoHeading([1-6])$/i.exec(name)?.[1]).find(Boolean) ??
      /^heading\s*([1-6])$/.exec(name)?.[1] ??
      style.get('mso-outline-level'),
  );
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
}

export function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}
