// The article body as HTML, written from the schema's own toDOM specs: what the editor shows is
// what export writes, byte for byte what TipTap's static renderer would write, with no DOM and
// no code for any particular node type.
import {
  Node as PMNode,
  type Mark,
  type MarkType,
  type NodeType,
  type Schema,
} from '@tiptap/pm/model';
import type { ArticleBody } from '../article';
import { articleSchema } from '../schema/extensions';
import { compileSpec, type CompiledSpec, type Spec } from './dom-spec';
import { escapeText } from './escape';

export interface BodyHtmlOptions {
  /** Trusted HTML written at the start of the first paragraph (the dateline). */
  lead?: string;
}

/** Links make most attribute combinations unique; past this many a type's cache starts over. */
const SPECS_PER_TYPE = 512;

/**
 * Compiled specs of one schema. A spec depends on the type and the attributes only (its content
 * goes in the hole), so a type without attributes is compiled once and others once per value.
 */
class SpecCache {
  private readonly single = new Map<NodeType | MarkType, CompiledSpec>();
  private readonly keyed = new Map<NodeType | MarkType, Map<string, CompiledSpec>>();

  node(node: PMNode): CompiledSpec {
    const toDOM = node.type.spec.toDOM;
    if (!toDOM) throw new Error(`The schema gives no HTML for "${node.type.name}" nodes.`);
    return this.lookup(node.type, node.attrs, () => toDOM(node));
  }

  mark(mark: Mark): CompiledSpec {
    const toDOM = mark.type.spec.toDOM;
    if (!toDOM) throw new Error(`The schema gives no HTML for "${mark.type.name}" marks.`);
    return this.lookup(mark.type, mark.attrs, () => toDOM(mark, true));
  }

  private lookup(
    type: NodeType | MarkType,
    attrs: Readonly<Record<string, unknown>>,
    render: () => Spec,
  ): CompiledSpec {
    const single = this.single.get(type);
    if (single) return single;
    if (Object.keys(type.spec.attrs ?? {}).length === 0) {
      const spec = compileSpec(render());
      this.single.set(type, spec);
      return spec;
    }
    let byAttrs = this.keyed.get(type);
    if (!byAttrs) this.keyed.set(type, (byAttrs = new Map()));
    const key = JSON.stringify(attrs);
    let spec = byAttrs.get(key);
    if (!spec) {
      if (byAttrs.size >= SPECS_PER_TYPE) byAttrs.clear();
      byAttrs.set(key, (spec = compileSpec(render())));
    }
    return spec;
  }
}

const caches = new WeakMap<Schema, SpecCache>();

function cacheFor(schema: Schema): SpecCache {
  let cache = caches.get(schema);
  if (!cache) caches.set(schema, (cache = new SpecCache()));
  return cache;
}

/** HTML of a stored body. Throws when the body names a node or mark the schema does not have. */
export function renderBodyHtml(body: ArticleBody, options: BodyHtmlOptions = {}): string {
  return renderDocHtml(PMNode.fromJSON(articleSchema(), body), options);
}

/** HTML of a ProseMirror document (the editor's own state, for a live preview). */
export function renderDocHtml(doc: PMNode, options: BodyHtmlOptions = {}): string {
  const cache = cacheFor(doc.type.schema);
  if (options.lead === undefined) return writeContent(doc, cache);
  // The dateline opens the first paragraph; when the body starts otherwise it gets one of its own.
  const paragraph = doc.type.contentMatch.defaultType;
  const first = doc.firstChild;
  if (first && first.type === paragraph) {
    const spec = cache.node(first);
    if (spec.hole) {
      let rest = '';
      for (let i = 1; i < doc.childCount; i += 1) rest += writeNode(doc.child(i), cache);
      return spec.open + options.lead + writeContent(first, cache) + spec.close + rest;
    }
  }
  const lead = paragraph ? cache.node(paragraph.create()) : undefined;
  const opening = lead?.hole ? lead.open + options.lead + lead.close : '';
  return opening + writeContent(doc, cache);
}

function writeNode(node: PMNode, cache: SpecCache): string {
  let html: string;
  if (node.isText) {
    html = escapeText(node.text ?? '');
  } else {
    const spec = cache.node(node);
    html = spec.hole ? spec.open + writeContent(node, cache) + spec.close : spec.open;
  }
  // The first mark wraps the text most closely, as in the static renderer.
  for (const mark of node.marks) {
    const spec = cache.mark(mark);
    html = spec.hole ? spec.open + html + spec.close : spec.open;
  }
  return html;
}

function writeContent(node: PMNode, cache: SpecCache): string {
  let html = '';
  for (let i = 0; i < node.childCount; i += 1) html += writeNode(node.child(i), cache);
  return html;
}
