// The exported page's theme as the Preview shows it. The page itself follows its reader's system
// (a prefers-color-scheme query); the Preview follows the app, whose appearance Settings may set
// apart from the system's, so the query is settled by the app's theme here.
const DARK_QUERY = '@media (prefers-color-scheme: dark)';

export function followAppTheme(css: string, appTheme = document.documentElement.dataset.theme) {
  return css.replaceAll(DARK_QUERY, appTheme === 'dark' ? '@media all' : '@media not all');
}
