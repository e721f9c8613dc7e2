// Clipboards in the shape Word (Windows and Mac), Google Docs, LibreOffice and a browser put on
// the clipboard, each with the structure a reader sees in it. Shared by the cleaner's unit tests
// and the end-to-end paste tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ExpectedStructure {
  listItems: number;
  /** Deepest nesting of lists: 1 for a flat list. */
  listDepth: number;
  /** The first number of each numbered list, in order. */
  orderedStarts: number[];
  bold: string[];
  italic: string[];
  /** Underlined runs; the article schema has no underline, so only their text is kept. */
  underline: string[];
  /** Headings as the article holds them (levels 2 and 3). */
  headings: { level: number; text: string }[];
  links: string[];
  hardBreaks: number;
  /** Rows of tables, kept as one paragraph each until the schema holds tables. */
  tableRows: number;
}

export interface Clipboard {
  name: string;
  app: string;
  expected: ExpectedStructure;
  /** The text/plain the same copy puts beside the HTML, where a test needs it. */
  hasText?: boolean;
}

const folder = path.dirname(fileURLToPath(import.meta.url));

export function clipboardHtml(name: string): string {
  return readFileSync(path.join(folder, `${name}.html`), 'utf8');
}

export function clipboardText(name: string): string {
  return readFileSync(path.join(folder, `${name}.txt`), 'utf8');
}

const none = { bold: [], italic: [], underline: [], links: [], hardBreaks: 0, tableRows: 0 };

export const clipboards: Clipboard[] = [
  {
    name: 'word-windows-lists',
    app: 'Word for Windows',
    expected: {
      ...none,
      listItems: 11,
      listDepth: 3,
      orderedStarts: [1, 1, 3],
      bold: ['approved', 'Rural schools'],
      italic: ['a budget for growth', 'Royal Gazette'],
      underline: ['rural roads'],
      headings: [],
      links: ['https://www.mef.gov.kh/budget-2025'],
      hardBreaks: 1,
    },
  },
  {
    name: 'word-windows-story',
    app: 'Word for Windows',
    hasText: true,
    expected: {
      ...none,
      listItems: 2,
      listDepth: 1,
      orderedStarts: [],
      bold: ['provisional results', '84 percent', 'Province', 'Turnout', 'ten days'],
      italic: ['largely'],
      headings: [
        { level: 2, text: 'Commune Council Results Announced in Three Provinces' },
        { level: 2, text: 'How the Provinces Voted' },
        { level: 2, text: 'What Happens Next' },
        { level: 3, text: 'Observers' },
      ],
      links: ['https://www.comfrel.org/'],
      tableRows: 3,
    },
  },
  {
    name: 'word-mac',
    app: 'Word for Mac',
    expected: {
      ...none,
      listItems: 4,
      listDepth: 2,
      orderedStarts: [1],
      bold: ['4,150 riel', '3,900 riel'],
      italic: ['3,900 riel'],
      underline: ['hardly noticeable'],
      headings: [
        { level: 2, text: 'Fuel Prices Fall for a Third Week' },
        { level: 2, text: 'Why Prices Moved' },
        { level: 3, text: 'At the Pump' },
      ],
      hardBreaks: 1,
    },
  },
  {
    name: 'google-docs',
    app: 'Google Docs',
    expected: {
      ...none,
      listItems: 7,
      listDepth: 2,
      orderedStarts: [1, 3],
      bold: ['Tuesday', 'Sambo district'],
      italic: ['clean water', 'Then:'],
      underline: ['medicine'],
      headings: [
        { level: 2, text: 'Flood Relief Reaches Kratie' },
        { level: 3, text: 'Supplies' },
      ],
      links: ['https://www.ndmc.gov.kh/kratie-2025'],
      hardBreaks: 1,
      tableRows: 2,
    },
  },
  {
    name: 'google-docs-story',
    app: 'Google Docs',
    hasText: true,
    expected: {
      ...none,
      listItems: 4,
      listDepth: 2,
      orderedStarts: [1],
      bold: ['dry season water plan', 'seed beds first', 'half'],
      italic: ['twelve'],
      headings: [{ level: 2, text: 'Reservoir Levels' }],
    },
  },
  {
    name: 'libreoffice',
    app: 'LibreOffice Writer',
    expected: {
      ...none,
      listItems: 6,
      listDepth: 2,
      orderedStarts: [1, 3],
      bold: ['1.2 million', 'full bookings', 'Month', 'Passes'],
      italic: ['790,000', 'the south gallery'],
      underline: ['Apsara National Authority'],
      headings: [
        { level: 2, text: 'Angkor Visitor Numbers Climb' },
        { level: 2, text: 'Busiest Temples' },
      ],
      links: ['https://www.angkorenterprise.gov.kh/stats'],
      hardBreaks: 1,
      tableRows: 2,
    },
  },
  {
    name: 'web-page',
    app: 'a news site copied in Chromium',
    hasText: true,
    expected: {
      ...none,
      listItems: 7,
      listDepth: 2,
      orderedStarts: [],
      bold: ['2,000 university scholarships', 'grade of B or higher'],
      italic: ['late August'],
      headings: [
        { level: 2, text: 'Ministry Opens Registration for Scholarship Exams' },
        { level: 2, text: 'Where to Apply' },
        { level: 3, text: 'Related News' },
      ],
      links: [
        'https://news.example.org/2025/03/rice-exports',
        'https://news.example.org/2025/03/siem-reap-airport',
        'https://news.example.org/2025/03/mekong-levels',
        'https://www.moeys.gov.kh/scholarships',
        'https://news.example.org/2025/02/exam-results',
        'https://news.example.org/2025/01/school-year',
      ],
      hardBreaks: 1,
    },
  },
];
