// Writes a stored body straight from its JSON, without building ProseMirror's document first,
// which took most of an export's body time. What Node.fromJSON would do to the JSON is done
// here too, so the HTML is the same: unknown types and missing attributes are refused,
// attributes get their defaults, marks are put in the schema's order and neighbouring text with
// the same marks is one text. Tables and photos are handed to the model-based writer.
import { Fragment, Mark, Node as PMNode, type NodeType, type Schema } from '@tiptap/pm/model';
import type { TipTapNode } from '../article';
import { kindsOf, type BodyKinds } from './body-kinds';
import { escapeText } from './escape';
import { wrapMarks, writeNode, type Writer } from './body-writer';

type Attrs = Readonly<Record<string, unknown>>;

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

function marksOf(kinds: BodyKinds, json: TipTapNode): readonly Mark[] {
  const stored = json.marks;
  if (!stored) return Mark.none;
  if (!Array.isArray(stored)) throw new RangeError('Invalid mark data for Node.fromJSON');
  // One mark is the common case: the same array each time, so neighbours compare at once.
  if (stored.length === 1) return kinds.markOf(stored[0]!).alone;
  return Mark.setFrom(stored.map((mark) => kinds.markOf(mark).mark));
}

function textOf(json: TipTapNode): string {
  if (typeof json.text !== 'string') throw new RangeError('Invalid text node in JSON');
  if (json.text === '') throw new RangeError('Empty text nodes are not allowed');
  return json.text;
}

/** The HTML of `content` from its `from`th node on. */
export function writeJsonContent(
  schema: Schema,
  content: readonly TipTapNode[] | undefined,
  writer: Writer,
  from = 0,
): string {
  if (content === undefined || content === null) return '';
  if (!Array.isArray(content)) throw new RangeError('Invalid input for Fragment.fromJSON');
  const kinds = kindsOf(schema);
  let html = '';
  // The marks of a text read while looking for neighbours, kept for its own turn.
  let carried: readonly Mark[] | undefined;
  let i = from;
  while (i < content.length) {
    const json = content[i]!;
    if (json?.type !== 'text') {
      html += writeJsonNode(schema, kinds, json, writer);
      i += 1;
      continue;
    }
    const marks = carried ?? marksOf(kinds, json);
    carried = undefined;
    let text = textOf(json);
    i += 1;
    // Neighbouring texts with the same marks are one text node, wrapped in its marks once.
    while (i < content.length && content[i]?.type === 'text') {
      const next = content[i]!;
      const nextMarks = marksOf(kinds, next);
      if (!Mark.sameSet(marks, nextMarks)) {
        carried = nextMarks;
        break;
      }
      text += textOf(next);
      i += 1;
    }
    const escaped = escapeText(text);
    html += marks.length === 0 ? escaped : wrapMarks(escaped, marks, writer);
  }
  return html;
}

function writeJsonNode(schema: Schema, kinds: BodyKinds, json: TipTapNode, writer: Writer): string {
  const kind = kinds.nodeOf(json);
  const { type } = kind;
  if (kind.viaModel) return writeNode(PMNode.fromJSON(schema, json), writer);
  const marks = marksOf(kinds, json);
  // A type without attributes has the same ones whatever the JSON says.
  const spec = writer.cache.nodeOf(type, kind.attrs ?? nodeAttrs(type, json));
  const html = spec.hole
    ? spec.open + writeJsonContent(schema, json.content, writer) + spec.close
    : checkedLeaf(schema, json, spec.open);
  return marks.length === 0 ? html : wrapMarks(html, marks, writer);
}

/** A node written without its content still has its content checked, as the model would. */
function checkedLeaf(schema: Schema, json: TipTapNode, html: string): string {
  if (json.content !== undefined) Fragment.fromJSON(schema, json.content);
  return html;
}
