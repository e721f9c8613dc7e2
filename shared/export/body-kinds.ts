// What the JSON walk needs of each node and mark type of a schema, worked out once per schema
// rather than once per node: whether ProseMirror's own model writes it, its attributes when it
// has none to read, and the marks themselves, made once for each value they can take.
import type { Mark, MarkType, NodeType, Schema } from '@tiptap/pm/model';
import type { TipTapNode } from '../article';
import { needsModel } from './body-writer';

type Attrs = Readonly<Record<string, unknown>>;
type StoredMark = NonNullable<TipTapNode['marks']>[number];

export interface NodeKind {
  type: NodeType;
  /** Tables and photos: written from the ProseMirror node. */
  viaModel: boolean;
  /** A type without attributes has these whatever the JSON says; undefined for the others. */
  attrs: Attrs | undefined;
}

/** A mark, and the set of marks holding it alone: the same array each time it is read. */
export interface KnownMark {
  mark: Mark;
  alone: readonly Mark[];
}

/** Links made again and again for the same address; past this many they start over. */
const MARKS_PER_TYPE = 4_096;

interface MarkKind {
  type: MarkType;
  /** The name of the type's one attribute (a link's href), when it has exactly one. */
  attr: string | undefined;
  /** The type's one mark, when it has no attributes. */
  plain: KnownMark | undefined;
  byValue: Map<string, KnownMark>;
}

const known = (mark: Mark): KnownMark => ({ mark, alone: [mark] });

export class BodyKinds {
  private readonly nodes = new Map<string, NodeKind>();
  private readonly marks = new Map<string, MarkKind>();

  constructor(private readonly schema: Schema) {}

  /** The kind of node a JSON node names; refused as Node.fromJSON refuses it. */
  nodeOf(json: TipTapNode): NodeKind {
    const found = json && typeof json === 'object' ? this.nodes.get(json.type) : undefined;
    if (found) return found;
    if (!json || typeof json !== 'object') throw new RangeError('Invalid input for Node.fromJSON');
    const type = this.schema.nodes[json.type];
    if (!type) throw new RangeError(`Unknown node type: ${json.type}`);
    const plain = Object.keys(type.spec.attrs ?? {}).length === 0;
    const kind: NodeKind = {
      type,
      viaModel: needsModel(type),
      attrs: plain ? type.create().attrs : undefined,
    };
    this.nodes.set(json.type, kind);
    return kind;
  }

  /**
   * The mark as Mark.fromJSON makes it. A mark without attributes is always the same mark, and
   * one with a single attribute given as text (a link's href) is made once per value: the same
   * value always makes an equal mark.
   */
  markOf(json: StoredMark): KnownMark {
    const kind = json ? this.markKind(json.type) : undefined;
    if (kind?.plain) return kind.plain;
    const value = kind?.attr === undefined ? undefined : json?.attrs?.[kind.attr];
    if (!kind || typeof value !== 'string') return known(this.schema.markFromJSON(json));
    let made = kind.byValue.get(value);
    if (!made) {
      if (kind.byValue.size >= MARKS_PER_TYPE) kind.byValue.clear();
      kind.byValue.set(value, (made = known(this.schema.markFromJSON(json))));
    }
    return made;
  }

  private markKind(name: string): MarkKind | undefined {
    let kind = this.marks.get(name);
    if (kind) return kind;
    const type = this.schema.marks[name];
    if (!type) return undefined;
    const names = Object.keys(type.spec.attrs ?? {});
    kind = {
      type,
      attr: names.length === 1 ? names[0] : undefined,
      plain: names.length === 0 ? known(type.create()) : undefined,
      byValue: new Map(),
    };
    this.marks.set(name, kind);
    return kind;
  }
}

const bySchema = new WeakMap<Schema, BodyKinds>();

export function kindsOf(schema: Schema): BodyKinds {
  let kinds = bySchema.get(schema);
  if (!kinds) bySchema.set(schema, (kinds = new BodyKinds(schema)));
  return kinds;
}
