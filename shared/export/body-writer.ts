// Writes ProseMirror nodes of an article body as HTML from their compiled specs; the JSON walk
// (body-json.ts) hands it the nodes it does not write itself, tables and photos.
import type { Mark, MarkType, Node as PMNode } from '@tiptap/pm/model';
import { FIGURE_NODE, photoOfFigure } from '../photos/photo-ref';
import { escapeText } from './escape';
import { renderPhotoFigure, type PhotoLinks } from './photo-html';
import type { SpecCache } from './spec-cache';
import { writeTableHtml } from './table-html';

export interface Writer {
  cache: SpecCache;
  photos?: PhotoLinks;
  link: MarkType | undefined;
  linkOpen: (href: unknown) => string | undefined;
}

export function writeNode(node: PMNode, writer: Writer): string {
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
    const spec = writer.cache.node(node);
    html = spec.hole ? spec.open + writeContent(node, writer) + spec.close : spec.open;
  }
  return wrapMarks(html, node.marks, writer);
}

export function writeContent(node: PMNode, writer: Writer): string {
  let html = '';
  for (let i = 0; i < node.childCount; i += 1) html += writeNode(node.child(i), writer);
  return html;
}

/** The first mark wraps the HTML most closely, as in the static renderer. */
export function wrapMarks(inner: string, marks: readonly Mark[], writer: Writer): string {
  let html = inner;
  for (const mark of marks) {
    if (mark.type === writer.link) {
      const open = writer.linkOpen(mark.attrs.href);
      if (open) html = `${open}${html}</a>`;
      continue;
    }
    const spec = writer.cache.mark(mark);
    html = spec.hole ? spec.open + html + spec.close : spec.open;
  }
  return html;
}

/** Whether the writer hands this node type to ProseMirror's own model rather than the JSON walk. */
export function needsModel(node: PMNode['type']): boolean {
  return node.name === FIGURE_NODE || node.spec.tableRole === 'table';
}
