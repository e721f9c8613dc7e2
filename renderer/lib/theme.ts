// The interface's colours: the system's appearance, followed as it changes, unless Settings chose
// light or dark. The choice is written on <html data-theme>, which base.css reads; the Preview's
// frame follows it through the page's color-scheme.
import type { Theme } from '../../shared/publication';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';
let chosen: Theme | null = null;
let watching = false;

function apply(): void {
  const dark = chosen ? chosen === 'dark' : window.matchMedia(SYSTEM_DARK).matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

export function setTheme(theme: Theme | null): void {
  chosen = theme;
  if (!watching) {
    watching = true;
    window.matchMedia(SYSTEM_DARK).addEventListener('change', apply);
  }
  apply();
}
