// Turns a ProseMirror DOMOutputSpec (what a schema's toDOM returns) into the HTML written before
// and after its content hole, as strings and without a DOM.
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { escapeAttribute, escapeText, isSafeHref } from './escape';

export interface CompiledSpec {
  /** The HTML up to the content hole; the whole element when the spec has no hole. */
  open: string;
  /** The HTML after the hole. */
  close: string;
  /** Without a hole a node's content is not written, as in ProseMirror's DOMSerializer. */
  hole: boolean;
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG_NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;
const URL_ATTRIBUTES = new Set([
  'action',
  'background',
  'cite',
  'formaction',
  'href',
  'poster',
  'src',
  'xlink:href',
]);

/** A spec, or text inside one (ProseMirror writes a string child as a text node). */
export type Spec = DOMOutputSpec | string;

export function compileSpec(spec: Spec): CompiledSpec {
  if (typeof spec === 'string') return { open: escapeText(spec), close: '', hole: false };
  if (!Array.isArray(spec)) {
    throw new TypeError(
      'Export writes HTML without a DOM: toDOM must return an array or a string.',
    );
  }
  const [rawTag, second, ...rest] = spec as readonly unknown[];
  const { tag, namespace } = readTag(rawTag);
  const hasAttributes = typeof second === 'object' && second !== null && !Array.isArray(second);
  const children = hasAttributes || second == null ? rest : [second, ...rest];
  const start = `<${tag}${namespace}${hasAttributes ? writeAttributes(second as Record<string, unknown>) : ''}`;

  if (children.length === 0) {
    // The static renderer writes empty void elements as "<br/>"; the same bytes keep bodies equal.
    const html = VOID_ELEMENTS.has(tag) ? `${start}/>` : `${start}></${tag}>`;
    return { open: html, close: '', hole: false };
  }
  let open = `${start}>`;
  let close = '';
  let hole = false;
  for (const child of children) {
    if (child === 0) {
      if (children.length !== 1) throw new RangeError('A content hole must be the only child.');
      hole = true;
      continue;
    }
    const inner = compileSpec(child as Spec);
    if (inner.hole) {
      if (hole) throw new RangeError('A spec can have only one content hole.');
      hole = true;
      open += inner.open;
      close += inner.close;
    } else if (hole) {
      close += inner.open;
    } else {
      open += inner.open;
    }
  }
  const end = `${close}</${tag}>`;
  return hole ? { open, close: end, hole } : { open: open + end, close: '', hole };
}

/** "div" or, for a namespaced element, "http://www.w3.org/2000/svg svg". */
function readTag(raw: unknown): { tag: string; namespace: string } {
  if (typeof raw !== 'string') throw new TypeError('A toDOM spec must start with a tag name.');
  const space = raw.indexOf(' ');
  const tag = space < 0 ? raw : raw.slice(space + 1);
  if (!TAG_NAME.test(tag)) throw new TypeError(`"${tag}" is not a tag name export can write.`);
  const namespace = space < 0 ? '' : ` xmlns="${escapeAttribute(raw.slice(0, space))}"`;
  return { tag, namespace };
}

/**
 * Attributes in the order the spec gives them, null and undefined left out (as ProseMirror
 * does). Names a browser would run (on*) and links the link policy refuses are never written,
 * whatever a schema extension returns.
 */
function writeAttributes(attributes: Record<string, unknown>): string {
  let html = '';
  for (const [key, value] of Object.entries(attributes)) {
    if (value == null) continue;
    const name = key.slice(key.lastIndexOf(' ') + 1);
    if (!ATTRIBUTE_NAME.test(name) || /^on/i.test(name)) continue;
    const text = String(value);
    if (URL_ATTRIBUTES.has(name.toLowerCase()) && !isSafeHref(text)) continue;
    html += ` ${name}="${escapeAttribute(text)}"`;
  }
  return html;
}
