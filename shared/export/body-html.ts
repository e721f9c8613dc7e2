// The article body as HTML, written from the schema's own toDOM specs: what the editor shows is
// what export writes, byte for byte what TipTap's static renderer would write, with no DOM. Links
// and tables are the exceptions: the page writes links itself (link-tags.ts), an allowed address
// and the rel the page gives it, and a refused address as plain text; and a table's rows in
// <thead> and <tbody> with scoped header cells (table-html.ts), which no toDOM spec can say.
import type { Node as PMNode, NodeType, Schema } from '@tiptap/pm/model';
import type { ArticleBody } from '../article';
import { articleSchema } from '../schema/extensions';
import { nodeAttrs, nodeTypeOf, writeJsonContent } from './body-json';
import { writeContent, writeNode, type Writer } from './body-writer';
import { bodyLinkWriter } from './link-tags';
import type { PhotoLinks } from './photo-html';
import { cacheFor } from './spec-cache';

export interface BodyHtmlOptions {
  /** Trusted HTML written at the start of the first paragraph (the dateline). */
  lead?: string;
  /** The publication's site address: links to another origin get rel="noopener noreferrer". */
  siteUrl?: string;
  /** Where photos are found; `photos/` beside the page by default. */
  photos?: PhotoLinks;
}

/** Writers without photos, by schema and site: most bodies of a run share one. */
const writers = new WeakMap<Schema, Map<string | undefined, Writer>>();
const WRITERS_PER_SCHEMA = 64;

function writerFor(schema: Schema, options: BodyHtmlOptions): Writer {
  const make = (): Writer => ({
    cache: cacheFor(schema),
    link: schema.marks.link,
    linkOpen: bodyLinkWriter(options.siteUrl),
    ...(options.photos ? { photos: options.photos } : {}),
  });
  if (options.photos) return make();
  let bySite = writers.get(schema);
  if (!bySite) writers.set(schema, (bySite = new Map()));
  let writer = bySite.get(options.siteUrl);
  if (!writer) {
    if (bySite.size >= WRITERS_PER_SCHEMA) bySite.clear();
    bySite.set(options.siteUrl, (writer = make()));
  }
  return writer;
}

/** HTML of a stored body. Throws when the body names a node or mark the schema does not have. */
export function renderBodyHtml(body: ArticleBody, options: BodyHtmlOptions = {}): string {
  const schema = articleSchema();
  const writer = writerFor(schema, options);
  const type = nodeTypeOf(schema, body);
  nodeAttrs(type, body);
  const content = body.content;
  if (options.lead === undefined) return writeJsonContent(schema, content, writer);
  const first = Array.isArray(content) ? content[0] : undefined;
  const paragraph = type.contentMatch.defaultType;
  if (first && paragraph && first.type === paragraph.name) {
    const attrs = nodeAttrs(paragraph, first);
    const spec = writer.cache.nodeOf(paragraph, attrs);
    if (spec.hole) {
      const inner = writeJsonContent(schema, first.content, writer);
      const rest = writeJsonContent(schema, content, writer, 1);
      return spec.open + options.lead + inner + spec.close + rest;
    }
  }
  return leadOpening(paragraph, writer, options.lead) + writeJsonContent(schema, content, writer);
}

/** HTML of a ProseMirror document (the editor's own state, for a live preview). */
export function renderDocHtml(doc: PMNode, options: BodyHtmlOptions = {}): string {
  const writer = writerFor(doc.type.schema, options);
  if (options.lead === undefined) return writeContent(doc, writer);
  // The dateline opens the first paragraph; when the body starts otherwise it gets one of its own.
  const paragraph = doc.type.contentMatch.defaultType;
  const first = doc.firstChild;
  if (first && first.type === paragraph) {
    const spec = writer.cache.node(first);
    if (spec.hole) {
      let rest = '';
      for (let i = 1; i < doc.childCount; i += 1) rest += writeNode(doc.child(i), writer);
      return spec.open + options.lead + writeContent(first, writer) + spec.close + rest;
    }
  }
  return leadOpening(paragraph, writer, options.lead) + writeContent(doc, writer);
}

function leadOpening(paragraph: NodeType | null, writer: Writer, lead: string): string {
  const spec = paragraph ? writer.cache.node(paragraph.create()) : undefined;
  return spec?.hole ? spec.open + lead + spec.close : '';
}
