// Reads an element's inline style as CSS declarations. The page's CSP ignores inline styles, so
// element.style is empty; the raw attribute text is parsed instead, property by property, so that
// Word's `mso-bidi-font-weight:normal` is never mistaken for `font-weight:normal`.
import parseStyle from 'style-to-object';

export type Declarations = ReadonlyMap<string, string>;

const NONE: Declarations = new Map();

export function readStyle(element: Element): Declarations {
  const text = element.getAttribute('style');
  if (!text) return NONE;
  const declarations = new Map<string, string>();
  try {
    parseStyle(text, (property, value) => {
      declarations.set(property.trim().toLowerCase(), value.trim().replace(/^["']|["']$/g, ''));
    });
  } catch {
    // A style attribute the parser cannot read carries no formatting we can rely on.
    return NONE;
  }
  return declarations;
}

/** Bold, normal, or unset, from the element's own `font-weight`. */
export function fontWeight(style: Declarations): 'bold' | 'normal' | undefined {
  const value = style.get('font-weight')?.toLowerCase();
  if (!value) return undefined;
  if (value === 'bold' || value === 'bolder') return 'bold';
  if (value === 'normal' || value === 'lighter') return 'normal';
  const number = Number(value);
  if (Number.isFinite(number)) return number >= 600 ? 'bold' : 'normal';
  return undefined;
}

export function isItalic(style: Declarations): boolean | undefined {
  const value = style.get('font-style')?.toLowerCase();
  if (!value) return undefined;
  return value === 'italic' || value.startsWith('oblique');
}

export function isUnderlined(style: Declarations): boolean | undefined {
  const value = (style.get('text-decoration-line') ?? style.get('text-decoration'))?.toLowerCase();
  if (!value) return undefined;
  return value.split(/\s+/).includes('underline');
}
