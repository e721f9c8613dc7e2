// Underlines misspelt words in the body as the writer types, without slowing typing: checking
// waits for idle time and looks only at the paragraphs on screen and those just changed; the
// dictionary is asked (in its worker) only about words it has not answered before.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { DecorationSet, type Decoration, type EditorView } from '@tiptap/pm/view';
import type { SpellChecker } from './spell-client';
import { findWords } from './spell-words';
import { blocksIn, changedRange, misspelt, sameUnderlines, visibleRange } from './spelling-pass';

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
  /** Everything is to be looked at again (another dictionary, the checker turned on or off). */
  stale: boolean;
}

interface Checked {
  ranges: Array<[number, number]>;
  decorations: Decoration[];
}

// Browsers without idle callbacks (Safari) check a moment after the last change instead.
const whenIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 1_000 })
    : window.setTimeout(run, 150);
const cancelIdle = (handle: number): void =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle);

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
          init: () => ({ decorations: DecorationSet.empty, stale: true }),
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
  if (tr.getMeta(RECHECK)) return { decorations: DecorationSet.empty, stale: true };
  const checked = tr.getMeta(spellingKey) as Checked | undefined;
  if (checked) {
    let decorations = old.decorations;
    for (const [from, to] of checked.ranges) {
      decorations = decorations.remove(decorations.find(from, to));
    }
    return { decorations: decorations.add(tr.doc, checked.decorations), stale: false };
  }
  if (!tr.docChanged) return old;
  return { ...old, decorations: old.decorations.map(tr.mapping, tr.doc) };
}

class SpellingView {
  private idle: number | undefined;
  private readonly stopListening: () => void;
  private unsubscribe: (() => void) | undefined;
  private checker: SpellChecker | null = null;
  /** The document as last checked: what changed since is found by comparing with it. */
  private checkedDoc: PMNode | null = null;
  /** The paragraphs on screen need a look (opened, scrolled, resized, or everything changed). */
  private lookAround = true;

  constructor(
    private readonly view: EditorView,
    private readonly options: SpellingOptions,
  ) {
    const onScroll = () => {
      this.lookAround = true;
      this.schedule();
    };
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
    if (state?.stale && state !== spellingKey.getState(previous)) {
      this.lookAround = true;
      this.checkedDoc = null;
      this.schedule();
    } else if (view.state.doc !== previous.doc || view.state.selection !== previous.selection) {
      this.schedule();
    }
  }

  destroy() {
    this.stopListening();
    this.unsubscribe?.();
    if (this.idle !== undefined) cancelIdle(this.idle);
    this.idle = -1;
  }

  private schedule() {
    if (this.idle !== undefined) return;
    this.idle = whenIdle(() => void this.check());
  }

  private async check() {
    this.idle = undefined;
    const checker = this.options.checker();
    if (checker !== this.checker) {
      this.unsubscribe?.();
      this.checker = checker;
      this.unsubscribe = checker?.onChange(() => this.recheckAll());
      this.lookAround = true;
    }
    const state = spellingKey.getState(this.view.state);
    if (!state) return;
    const { doc } = this.view.state;
    if (!checker) {
      if (state.decorations !== DecorationSet.empty) this.publish([[0, doc.content.size]], []);
      return;
    }
    // Timed as "spelling-check" (User Timing), which the typing benchmark reads.
    const started = performance.now();
    const changed = changedRange(this.checkedDoc, doc);
    const ranges = changed ? [changed] : [];
    if (this.lookAround) ranges.push(visibleRange(this.view));
    const blocks = blocksIn(doc, ranges);
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
    let skipped = false;
    const typing = (from: number, to: number) => {
      const inWord = head >= from && head <= to;
      const typed = changed !== null && changed[0] <= to && changed[1] >= from;
      skipped ||= inWord && typed;
      return inWord && typed;
    };
    const decorations = blocks.flatMap((block) => misspelt(block, checker, typing));
    const spans = blocks.map(({ pos, node }): [number, number] => [pos, pos + node.nodeSize]);
    // Most keystrokes change no underline: then the editor is not disturbed at all.
    if (state.stale || !sameUnderlines(state.decorations, spans, decorations)) {
      this.publish(spans, decorations);
    }
    // A word skipped while typed is looked at again once the caret leaves it.
    if (!skipped) this.checkedDoc = doc;
    this.lookAround = false;
    performance.measure('spelling-check', { start: started });
  }

  private recheckAll() {
    // Every underline is looked at again: the ones on screen now, the rest as they scroll in.
    this.publish([[0, this.view.state.doc.content.size]], []);
    this.lookAround = true;
    this.schedule();
  }

  private publish(ranges: Array<[number, number]>, decorations: Decoration[]) {
    if (this.view.isDestroyed) return;
    this.view.dispatch(this.view.state.tr.setMeta(spellingKey, { ranges, decorations }));
  }
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
