// Underlines misspelt words in the body as the writer types, without slowing typing: checking
// waits for idle time and looks only at the paragraphs on screen and those just changed; the
// dictionary is asked (in its worker) only about words it has not answered before.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { SpellChecker } from './spell-client';
import { findWords } from './spell-words';

export interface MisspeltWord {
  word: string;
  from: number;
  to: number;
  /** Where the menu opens, in the window's coordinates. */
  x: number;
  y: number;
}

export interface SpellingOptions {
  /** The checker for the article's language now, or null when its text is not checked. */
  checker: () => SpellChecker | null;
  /** A right-click (or the menu key) on an underlined word. */
  onMenu: (target: MisspeltWord) => void;
}

interface SpellingState {
  decorations: DecorationSet;
  /** Ranges typed into since the last check, in the current document. */
  dirty: Array<[number, number]>;
  /** Everything is to be looked at again (another dictionary, the checker turned on or off). */
  stale: boolean;
}

interface Checked {
  ranges: Array<[number, number]>;
  decorations: Decoration[];
}

export const spellingKey = new PluginKey<SpellingState>('spelling');
const RECHECK = 'spelling-recheck';

export const Spelling = Extension.create<SpellingOptions>({
  name: 'spelling',
  addOptions() {
    return { checker: () => null, onMenu: () => undefined };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<SpellingState>({
        key: spellingKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, dirty: [], stale: true }),
          apply: (tr, old) => nextState(tr, old),
        },
        props: {
          decorations: (state) => spellingKey.getState(state)?.decorations,
          handleDOMEvents: {
            contextmenu: (view, event) => openMenu(view, event, options),
          },
        },
        view: (view) => new SpellingView(view, options),
      }),
    ];
  },
});

/** Tells the editor's checker to look again (the dictionary or the article's language changed). */
export function recheckSpelling(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(RECHECK, true));
}

function nextState(tr: Transaction, old: SpellingState): SpellingState {
  if (tr.getMeta(RECHECK)) return { decorations: DecorationSet.empty, dirty: [], stale: true };
  const checked = tr.getMeta(spellingKey) as Checked | undefined;
  if (checked) {
    let decorations = old.decorations;
    for (const [from, to] of checked.ranges) {
      decorations = decorations.remove(decorations.find(from, to));
    }
    return { decorations: decorations.add(tr.doc, checked.decorations), dirty: [], stale: false };
  }
  if (!tr.docChanged) return old;
  const dirty = old.dirty.map(
    ([from, to]) => [tr.mapping.map(from, -1), tr.mapping.map(to, 1)] as [number, number],
  );
  tr.mapping.maps.forEach((map, index) => {
    const later = tr.mapping.slice(index + 1);
    map.forEach((_oldFrom, _oldTo, from, to) =>
      dirty.push([later.map(from, -1), later.map(to, 1)]),
    );
  });
  return { ...old, decorations: old.decorations.map(tr.mapping, tr.doc), dirty };
}

class SpellingView {
  private idle: number | undefined;
  private readonly stopListening: () => void;
  private unsubscribe: (() => void) | undefined;
  private checker: SpellChecker | null = null;

  constructor(
    private readonly view: EditorView,
    private readonly options: SpellingOptions,
  ) {
    const onScroll = () => this.schedule();
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll);
    this.stopListening = () => {
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
    };
    this.schedule();
  }

  update(view: EditorView, previous: EditorState) {
    const state = spellingKey.getState(view.state);
    const asked = state?.stale && state !== spellingKey.getState(previous);
    if (asked || view.state.doc !== previous.doc || view.state.selection !== previous.selection) {
      this.schedule();
    }
  }

  destroy() {
    this.stopListening();
    this.unsubscribe?.();
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = -1;
  }

  private schedule() {
    if (this.idle !== undefined) return;
    this.idle = requestIdleCallback(() => void this.check(), { timeout: 1_000 });
  }

  private async check() {
    this.idle = undefined;
    const checker = this.options.checker();
    if (checker !== this.checker) {
      this.unsubscribe?.();
      this.checker = checker;
      this.unsubscribe = checker?.onChange(() => this.recheckAll());
    }
    const state = spellingKey.getState(this.view.state);
    if (!state) return;
    // Timed as "spelling-check" (User Timing), which the typing benchmark reads.
    const started = performance.now();
    const blocks = blocksToCheck(this.view, state.dirty);
    if (!checker) {
      if (state.decorations !== DecorationSet.empty)
        this.publish([[0, this.view.state.doc.content.size]], []);
      return;
    }
    const words = blocks.flatMap(({ node }) =>
      findWords(node.textContent).map((found) => found.word),
    );
    if (words.some((word) => checker.verdict(word) === undefined)) {
      await checker.check(words);
      // The document may have moved on while the worker answered: look again with what is known.
      if (this.idle !== -1) this.schedule();
      return;
    }
    // The word being typed is not marked until the writer moves on from it.
    const head = this.view.hasFocus() ? this.view.state.selection.head : -1;
    const typing = (from: number, to: number) =>
      head >= from && head <= to && state.dirty.some(([a, b]) => a <= to && b >= from);
    const decorations = blocks.flatMap((block) => misspelt(block, checker, typing));
    this.publish(
      blocks.map(({ pos, node }) => [pos, pos + node.nodeSize]),
      decorations,
    );
    performance.measure('spelling-check', { start: started });
  }

  private recheckAll() {
    // Every underline is looked at again: the ones on screen now, the rest as they scroll in.
    this.publish([[0, this.view.state.doc.content.size]], []);
    this.schedule();
  }

  private publish(ranges: Array<[number, number]>, decorations: Decoration[]) {
    if (this.view.isDestroyed) return;
    this.view.dispatch(this.view.state.tr.setMeta(spellingKey, { ranges, decorations }));
  }
}

interface Block {
  pos: number;
  node: PMNode;
}

/** The paragraphs (and headings, list items, cells) on screen and those typed into. */
function blocksToCheck(view: EditorView, dirty: Array<[number, number]>): Block[] {
  const { doc } = view.state;
  const size = doc.content.size;
  const ranges = [...dirty, visibleRange(view)].map(([from, to]): [number, number] => [
    Math.max(0, Math.min(from, size)),
    Math.min(to, size),
  ]);
  const blocks = new Map<number, PMNode>();
  for (const [from, to] of ranges) {
    if (from > to) continue;
    doc.nodesBetween(from, to, (node, pos) => {
      if (!node.isTextblock) return true;
      blocks.set(pos, node);
      return false;
    });
  }
  return [...blocks].map(([pos, node]) => ({ pos, node }));
}

function visibleRange(view: EditorView): [number, number] {
  const box = view.dom.getBoundingClientRect();
  const top = Math.max(box.top, 0) + 2;
  const bottom = Math.min(box.bottom, window.innerHeight) - 2;
  if (bottom <= top) return [1, 0];
  const left = box.left + Math.min(24, box.width / 2);
  const start = view.posAtCoords({ left, top })?.pos ?? 0;
  const end = view.posAtCoords({ left, top: bottom })?.pos ?? view.state.doc.content.size;
  return [start, end];
}

/** Underlines for a block's wrong words, but not one still being typed. */
function misspelt(
  { pos, node }: Block,
  checker: SpellChecker,
  typing: (from: number, to: number) => boolean,
): Decoration[] {
  const decorations: Decoration[] = [];
  node.forEach((child, offset) => {
    if (!child.isText || !child.text) return;
    const start = pos + 1 + offset;
    for (const found of findWords(child.text)) {
      const from = start + found.start;
      const to = start + found.end;
      if (typing(from, to)) continue;
      if (checker.verdict(found.word) !== false) continue;
      decorations.push(
        Decoration.inline(
          from,
          to,
          { class: 'spelling-error', 'data-word': found.word },
          { word: found.word },
        ),
      );
    }
  });
  return decorations;
}

function openMenu(view: EditorView, event: MouseEvent, options: SpellingOptions): boolean {
  const byKeyboard = event.clientX === 0 && event.clientY === 0;
  const at = byKeyboard
    ? view.state.selection.head
    : view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
  if (at === undefined) return false;
  const found = spellingKey.getState(view.state)?.decorations.find(at, at)[0];
  if (!found) return false;
  event.preventDefault();
  const place = byKeyboard ? view.coordsAtPos(at) : { left: event.clientX, bottom: event.clientY };
  options.onMenu({
    word: (found.spec as { word: string }).word,
    from: found.from,
    to: found.to,
    x: place.left,
    y: place.bottom,
  });
  return true;
}
