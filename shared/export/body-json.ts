// Writes a stored body straight from its JSON, without building ProseMirror's document first,
// which took most of an export's body time. What Node.fromJSON would do to the JSON is done
// here too, so the HTML is the same: unknown types and missing attributes are refused,
// attributes get their defaults, marks are put in the schema's order and neighbouring text with
// the same marks is one text. Tables and photos are handed to the model-based writer.
import {
  Fragment,
  Mark,
  Node as PMNode,
  type MarkType,
  type NodeType,
  type Schema,
} from '@tiptap/pm/model';
import type { TipTapNode } from '../article';
import { escapeText } from './escape';
import { needsModel, wrapMarks, writeNode, type Writer } from './body-writer';

type Attrs = Readonly<Record<string, unknown>>;
type StoredMark = NonNullable<TipTapNode['marks']>[number];

/** The node type a JSON node names, as Node.fromJSON finds it. */
export function nodeTypeOf(schema: Schema, json: TipTapNode): NodeType {
  if (!json || typeof json !== 'object') throw new RangeError('Invalid input for Node.fromJSON');
  const type = schema.nodes[json.type];
  if (!type) throw new RangeError(`Unknown node type: ${json.type}`);
  return type;
}

/** Complete attributes, as NodeType.create works them out. */
export function nodeAttrs(type: NodeType, json: TipTapNode): Attrs {
  // computeAttrs is ProseMirror's own, used by create(); it is left out of the typings.
  return (type as unknown as { computeAttrs(attrs: unknown): Attrs }).computeAttrs(
    json.attrs ?? null,
  );
}

function marksOf(schema: Schema, json: TipTapNode): readonly Mark[] {
  if (!json.marks) return Mark.none;
  if (!Array.isArray(json.marks)) throw new RangeError('Invalid mark data for Node.fromJSON');
  if (json.marks.length === 1) return [markOf(schema, json.marks[0]!)];
  return Mark.setFrom(json.marks.map((mark) => markOf(schema, mark)));
}

/** Links made again and again for the same address; past this many they start over. */
const MARKS_PER_TYPE = 4_096;
const marksByValue = new WeakMap<MarkType, Map<string, Mark>>();

/**
 * The mark as Mark.fromJSON makes it. A mark type with one attribute (a link's href) given as
 * text is made once per value: the same value always makes an equal mark.
 */
function markOf(schema: Schema, json: StoredMark): Mark {
  const type = json ? schema.marks[json.type] : undefined;
  const names = type ? Object.keys(type.spec.attrs ?? {}) : [];
  const value = names.length === 1 ? json?.attrs?.[names[0]!] : undefined;
  if (!type || typeof value !== 'string') return schema.markFromJSON(json);
  let made = marksByValue.get(type);
  if (!made) marksByValue.set(type, (made = new Map()));
  let mark = made.get(value);
  if (!mark) {
    if (made.size >= MARKS_PER_TYPE) made.clear();
    made.set(value, (mark = schema.markFromJSON(json)));
  }
  return mark;
}

function textOf(json: TipTapNode): string {
  if (typeof json.text !== 'string') throw new RangeError('Invalid text node in JSON');
  if (json.text === '') throw new RangeError('Empty text nodes are not allowed');
  return json.text;
}

export function writeJsonContent(
  schema: Schema,
  content: readonly TipTapNode[] | undefined,
  writer: Writer,
): string {
  if (content === undefined || content === null) return '';
  if (!Array.isArray(content)) throw new RangeError('Invalid input for Fragment.fromJSON');
  let html = '';
  // The marks of a text read while looking for neighbours, kept for its own turn.
  let carried: readonly Mark[] | undefined;
  let i = 0;
  while (i < content.length) {
    const json = content[i]!;
    if (json?.type !== 'text') {
      html += writeJsonNode(schema, json, writer);
      i += 1;
      continue;
    }
    const marks = carried ?? marksOf(schema, json);
    carried = undefined;
    let text = textOf(json);
    i += 1;
    // Neighbouring texts with the same marks are one text node, wrapped in its marks once.
    while (i < content.length && content[i]?.type === 'text') {
      const next = content[i]!;
      const nextMarks = marksOf(schema, next);
      if (!Mark.sameSet(marks, nextMarks)) {
        carried = nextMarks;
        break;
      }
      text += textOf(next);
      i += 1;
    }
    html += wrapMarks(escapeText(text), marks, writer);
  }
  return html;
}

function writeJsonNode(schema: Schema, json: TipTapNode, writer: Writer): string {
  const type = nodeTypeOf(schema, json);
  if (needsModel(type)) return writeNode(PMNode.fromJSON(schema, json), writer);
  const marks = marksOf(schema, json);
  const attrs = nodeAttrs(type, json);
  const spec = writer.cache.nodeOf(type, attrs, () => type.create(attrs));
  const html = spec.hole
    ? spec.open + writeJsonContent(schema, json.content, writer) + spec.close
    : checkedLeaf(schema, json, spec.open);
  return wrapMarks(html, marks, writer);
}

/** A node written without its content still has its content checked, as the model would. */
function checkedLeaf(schema: Schema, json: TipTapNode, html: string): string {
  Fragment.fromJSON(schema, json.content);
  return html;
}
