// Whether the article's settings panel starts open: where the window is wide enough to keep it
// beside the text, as the writer last left it there; where it would cover the text, closed.
const KEPT = 'dateline.articleSettings';
const WIDE = '(min-width: 75rem)';

export function initialSettingsOpen(): boolean {
  if (!window.matchMedia(WIDE).matches) return false;
  return readKept() !== 'closed';
}

export function keepSettingsOpen(open: boolean): void {
  if (!window.matchMedia(WIDE).matches) return;
  try {
    localStorage.setItem(KEPT, open ? 'open' : 'closed');
  } catch {
    // Storage refused (a private window): the panel simply starts as it would the first time.
  }
}

function readKept(): string | null {
  try {
    return localStorage.getItem(KEPT);
  } catch {
    return null;
  }
}
