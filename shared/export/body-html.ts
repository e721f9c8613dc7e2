// The article body as HTML, written from the schema's own toDOM specs: what the editor shows is
// what export writes, byte for byte what TipTap's static renderer would write, with no DOM. Links
// and tables are the exceptions: the page writes links itself (link-tags.ts), an allowed address
// and the rel the page gives it, and a refused address as plain text; and a table's rows in
// <thead> and <tbody> with scoped header cells (table-html.ts), which no toDOM spec can say.
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
import { bodyLinkWriter } from './link-tags';
import { renderPhotoFigure, type PhotoLinks } from './photo-html';
import { FIGURE_NODE, photoOfFigure } from '../photos/photo-ref';
import { writeTableHtml } from './table-html';

export interface BodyHtmlOptions {
  /** Trusted HTML written at the start of the first paragraph (the dateline). */
  lead?: string;
  /** The publication's site address: links to another origin get rel="noopener noreferrer". */
  siteUrl?: string;
  /** Where photos are found; `photos/` beside the page by default. */
  photos?: PhotoLinks;
}

interface Writer {
  cache: SpecCache;
  photos?: PhotoLinks;
  link: MarkType | undefined;
  linkOpen: (href: unknown) => string | undefined;
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
  const schema = doc.type.schema;
  const cache = cacheFor(schema);
  const writer: Writer = {
    cache,
    link: schema.marks.link,
    linkOpen: bodyLinkWriter(options.siteUrl),
    ...(options.photos ? { photos: options.photos } : {}),
  };
  if (options.lead === undefined) return writeContent(doc, writer);
  // The dateline opens the first paragraph; when the body starts otherwise it gets one of its own.
  const paragraph = doc.type.contentMatch.defaultType;
  const first = doc.firstChild;
  if (first && first.type === paragraph) {
    const spec = cache.node(first);
    if (spec.hole) {
      let rest = '';
      for (let i = 1; i < doc.childCount; i += 1) rest += writeNode(doc.child(i), writer);
      return spec.open + options.lead + writeContent(first, writer) + spec.close + rest;
    }
  }
  const lead = paragraph ? cache.node(paragraph.create()) : undefined;
  const opening = lead?.hole ? lead.open + options.lead + lead.close : '';
  return opening + writeContent(doc, writer);
}

function writeNode(node: PMNode, writer: Writer): string {
  const { cache } = writer;
  let html: string;
  if (node.isText) {
    html = escapeText(node.text ?? '');
  } else if (node.type.name === FIGURE_NODE) {
    // A figure whose attributes are no sound photo (a hand-edited file) is left out.
    const photo = photoOfFigure(node.attrs);
    html = photo ? renderPhotoFigure(photo, { lead: false, links: writer.photos }) : '';
  } else if (node.type.spec.tableRole === 'table') {
    html = writeTableHtml(node, (cell) => writeContent(cell, writer));
  } else {
    const spec = cache.node(node);
    html = spec.hole ? spec.open + writeContent(node, writer) + spec.close : spec.open;
  }
  // The first mark wraps the text most closely, as in the static renderer.
  for (const mark of node.marks) {
    if (mark.type === writer.link) {
      const open = writer.linkOpen(mark.attrs.href);
      if (open) html = `${open}${html}</a>`;
      continue;
    }
    const spec = cache.mark(mark);
    html = spec.hole ? spec.open + html + spec.close : spec.open;
  }
  return html;
}

function writeContent(node: PMNode, writer: Writer): string {
  let html = '';
  for (let i = 0; i < node.childCount; i += 1) html += writeNode(node.child(i), writer);
  return html;
}
