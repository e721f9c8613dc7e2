// Compiled toDOM specs of one schema, so each node and mark type's HTML is worked out once per
// distinct set of attributes rather than once per node.
import type { Mark, MarkType, Node as PMNode, NodeType, Schema } from '@tiptap/pm/model';
import { compileSpec, type CompiledSpec, type Spec } from './dom-spec';

/** Links make most attribute combinations unique; past this many a type's cache starts over. */
const SPECS_PER_TYPE = 512;

/**
 * A spec depends on the type and the attributes only (its content goes in the hole), so a type
 * without attributes is compiled once and others once per value.
 */
export class SpecCache {
  private readonly single = new Map<NodeType | MarkType, CompiledSpec>();
  private readonly keyed = new Map<NodeType | MarkType, Map<string, CompiledSpec>>();

  node(node: PMNode): CompiledSpec {
    return this.nodeOf(node.type, node.attrs, node);
  }

  /**
   * The spec of a node of `type` with these (complete) attributes; `node` is one such node, made
   * from them when it is not given and the spec is not known yet.
   */
  nodeOf(type: NodeType, attrs: Readonly<Record<string, unknown>>, node?: PMNode): CompiledSpec {
    // Most nodes are of a type compiled once: found before anything is made for them.
    const single = this.single.get(type);
    if (single) return single;
    const toDOM = type.spec.toDOM;
    if (!toDOM) throw new Error(`The schema gives no HTML for "${type.name}" nodes.`);
    return this.lookup(type, attrs, () => toDOM(node ?? type.create(attrs)));
  }

  mark(mark: Mark): CompiledSpec {
    const single = this.single.get(mark.type);
    if (single) return single;
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

export function cacheFor(schema: Schema): SpecCache {
  let cache = caches.get(schema);
  if (!cache) caches.set(schema, (cache = new SpecCache()));
  return cache;
}
