// The export theme, inlined into every page so a page is one file that reads well on a phone,
// on a desktop and on paper. This module is the theme's only copy (shared/ cannot read files);
// whoever wants it as a stylesheet writes THEME_CSS out.
//
// Khmer: the page carries its own Khmer face ("Dateline Khmer", see fonts.ts), named first in
// every font stack so Khmer words in an English page get it too; Khmer pages also get room for
// stacked vowels. The faces come before the theme: pageStyles() joins the two.
import { fontFacesCss, type FontLinks } from './fonts';
import { PHOTO_CSS } from './photo-html';

export const THEME_CSS = `:root {
  color-scheme: light dark;
  --ink: #1b1b1b;
  --muted: #5d5d5d;
  --rule: #d8d8d8;
  --accent: #a8201a;
  --paper: #ffffff;
  --link: #0b5394;
  --serif: "Dateline Khmer", Georgia, "Times New Roman", serif;
  --sans: "Dateline Khmer", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  --khmer: "Dateline Khmer", "Noto Serif Khmer", "Noto Sans Khmer", "Khmer OS Siemreap", "Khmer OS",
    "Khmer UI", "Leelawadee UI", sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #ececec;
    --muted: #a9a9a9;
    --rule: #3b3b3b;
    --accent: #ff8a80;
    --paper: #141414;
    --link: #8ab4f8;
  }
}
*,
*::before,
*::after {
  box-sizing: border-box;
}
html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
body {
  margin: 0;
  background: var(--paper);
  color: var(--ink);
  font: 1.125rem/1.65 var(--serif);
  overflow-wrap: break-word;
}
a {
  color: var(--link);
}
.ticker {
  border-bottom: 1px solid var(--rule);
  font: 0.875rem/1.4 var(--sans);
}
.ticker ul {
  display: flex;
  gap: 1.5rem;
  margin: 0;
  padding: 0.5rem 1rem;
  list-style: none;
  overflow-x: auto;
  white-space: nowrap;
}
.ticker a {
  color: inherit;
  text-decoration: none;
}
.ticker a:hover,
.ticker a:focus-visible {
  text-decoration: underline;
}
.ticker-flag {
  display: inline-block;
  margin-inline-end: 0.4rem;
  padding: 0 0.35rem;
  border-radius: 2px;
  background: var(--accent);
  color: var(--paper);
  font-size: 0.75rem;
  letter-spacing: 0.04em;
  text-transform: uppercase;
}
.masthead {
  max-width: 42rem;
  margin: 0 auto;
  padding: 1rem 1rem 0;
  font: 700 1rem/1.3 var(--sans);
  letter-spacing: 0.02em;
}
.masthead a {
  color: inherit;
  text-decoration: none;
}
main {
  max-width: 42rem;
  margin: 0 auto;
  padding: 1rem 1rem 3rem;
}
.kicker {
  margin: 0 0 0.5rem;
  color: var(--accent);
  font: 700 0.8rem/1.3 var(--sans);
  letter-spacing: 0.05em;
  text-transform: uppercase;
}
h1 {
  margin: 0 0 0.75rem;
  font-size: clamp(1.75rem, 1.2rem + 2.6vw, 2.6rem);
  line-height: 1.15;
}
.standfirst {
  margin: 0 0 1rem;
  color: var(--muted);
  font-size: 1.25rem;
  line-height: 1.5;
}
.byline,
.published {
  margin: 0;
  color: var(--muted);
  font: 0.9rem/1.5 var(--sans);
}
.article-header {
  margin-bottom: 1.5rem;
  padding-bottom: 1rem;
  border-bottom: 1px solid var(--rule);
}
.article-body h2,
.article-body h3 {
  margin: 2rem 0 0.5rem;
  line-height: 1.25;
}
.article-body p,
.article-body ul,
.article-body ol {
  margin: 0 0 1.1rem;
}
.article-body blockquote {
  margin: 1.5rem 0;
  padding-inline-start: 1rem;
  border-inline-start: 3px solid var(--accent);
  color: var(--muted);
}
.article-body table {
  width: 100%;
  margin: 1.5rem 0;
  border-collapse: collapse;
  font-family: var(--sans);
  font-size: 0.95em;
}
.article-body caption {
  margin-bottom: 0.5rem;
  text-align: start;
  font-weight: 700;
}
.article-body th,
.article-body td {
  padding: 0.4rem 0.6rem;
  border-bottom: 1px solid var(--rule);
  text-align: start;
  vertical-align: top;
  overflow-wrap: anywhere;
}
.article-body thead th {
  border-bottom: 2px solid var(--ink);
}
.article-body th p,
.article-body td p {
  margin: 0;
}
.dateline {
  font-weight: 700;
}
.related {
  margin-top: 2.5rem;
  padding-top: 1rem;
  border-top: 2px solid var(--ink);
  font-family: var(--sans);
}
.related h2 {
  margin: 0 0 0.75rem;
  font-size: 1.1rem;
}
.related ul {
  margin: 0;
  padding-inline-start: 1.2rem;
}
.related li {
  margin-bottom: 0.5rem;
}
:lang(km) body {
  font-family: var(--khmer);
  line-height: 1.9;
}
:lang(km) h1,
:lang(km) .ticker,
:lang(km) .byline,
:lang(km) .published,
:lang(km) .related {
  font-family: var(--khmer);
}
:lang(km) h1 {
  line-height: 1.5;
}
:lang(km) .kicker,
:lang(km) .ticker-flag {
  letter-spacing: 0;
  text-transform: none;
}
@media (max-width: 30rem) {
  body {
    font-size: 1.0625rem;
  }
  .standfirst {
    font-size: 1.125rem;
  }
}
@media print {
  :root {
    --ink: #000000;
    --muted: #333333;
    --paper: #ffffff;
    --link: #000000;
  }
  body {
    font-size: 11pt;
  }
  .ticker {
    display: none;
  }
  main,
  .masthead {
    max-width: none;
    padding: 0;
  }
  a {
    text-decoration: none;
  }
  .related a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  h1,
  h2,
  h3 {
    break-after: avoid;
  }
  p,
  li {
    orphans: 3;
    widows: 3;
  }
  blockquote,
  .related li {
    break-inside: avoid;
  }
}
${PHOTO_CSS}`;

/** A page's whole stylesheet: the Khmer faces where `fonts` finds them, then the theme. */
export function pageStyles(fonts?: FontLinks): string {
  return `${fontFacesCss(fonts)}${THEME_CSS}`;
}
