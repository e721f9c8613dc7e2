// The moment to start work that holds the page for a while, such as reading out a long article
// to save it, while the writer types: just after a keystroke's letter is on screen, the longest
// time before the next key comes.

/**
 * Resolves once the next key pressed has been drawn, or after `atMostMs` when no key comes
 * (typing has stopped, or the page is hidden and draws nothing).
 */
export function betweenKeystrokes(atMostMs: number, target: EventTarget = document): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      target.removeEventListener('keydown', onKey, true);
      resolve();
    };
    // The frame that shows the letter is drawn after this frame's callbacks; a task queued from
    // one of them runs once it is.
    const onKey = () => {
      target.removeEventListener('keydown', onKey, true);
      requestAnimationFrame(() => setTimeout(settle, 0));
    };
    const timer = setTimeout(settle, atMostMs);
    target.addEventListener('keydown', onKey, true);
  });
}
