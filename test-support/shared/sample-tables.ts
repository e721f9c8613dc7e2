// Tables as newsrooms print them, in the project's own words and figures: provisional results
// with a header row, bus fares with a header row and a header column, Khmer market prices, and
// a timetable whose heading spans two columns. Each is TipTap JSON as the editor stores it.
import type { TipTapNode } from '../../shared/article';

type Cell = string | { text: string; colspan?: number; bold?: boolean };

const cell = (header: boolean, value: Cell): TipTapNode => {
  const { text, colspan = 1, bold = false } = typeof value === 'string' ? { text: value } : value;
  return {
    type: header ? 'tableHeader' : 'tableCell',
    attrs: { colspan, rowspan: 1 },
    content: [
      text === ''
        ? { type: 'paragraph' }
        : {
            type: 'paragraph',
            content: [{ type: 'text', text, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }],
          },
    ],
  };
};

export interface TableShape {
  caption?: string;
  head?: Cell[];
  rows: Cell[][];
  /** The first cell of each body row is a row header. */
  headerColumn?: boolean;
}

export function tableNode({ caption, head, rows, headerColumn = false }: TableShape): TipTapNode {
  return {
    type: 'table',
    attrs: { caption: caption ?? null },
    content: [
      ...(head ? [{ type: 'tableRow', content: head.map((value) => cell(true, value)) }] : []),
      ...rows.map((values) => ({
        type: 'tableRow',
        content: values.map((value, index) => cell(headerColumn && index === 0, value)),
      })),
    ],
  };
}

export const RESULTS_TABLE: TableShape = {
  caption: 'Provisional results, Kratie commune councils',
  head: ['Party', 'Seats', 'Votes', 'Share'],
  rows: [
    ['River Alliance', '41', '86,204', '52.1%'],
    ['Farmers’ Party', '29', '61,377', '37.1%'],
    ['Independents', '6', '17,880', '10.8%'],
  ],
};

export const FARES_TABLE: TableShape = {
  caption: 'Bus fares from Phnom Penh (riel)',
  head: ['Route', 'Adult', 'Child', 'Departures'],
  rows: [
    ['Siem Reap', '40,000', '20,000', '6:30, 8:00, 13:00'],
    ['Battambang', '35,000', '17,500', '7:00, 12:30'],
    ['Kampot', '25,000', '12,500', '7:30'],
  ],
  headerColumn: true,
};

export const KHMER_PRICES_TABLE: TableShape = {
  caption: 'តម្លៃទំនិញនៅផ្សារអូរឫស្សី',
  head: ['ទំនិញ', 'តម្លៃ (រៀល)', 'ប្រែប្រួល'],
  rows: [
    ['អង្ករ ១ គីឡូ', '៣ ២០០', '+២០០'],
    ['ស្ករស ១ គីឡូ', '៤ ៥០០', '-១០០'],
    ['ប្រេងឆា ១ លីត្រ', '៧ ០០០', '០'],
  ],
};

export const TIMETABLE_TABLE: TableShape = {
  head: ['Ferry', { text: 'Leaves', colspan: 2 }],
  rows: [
    ['Neak Loeung', '06:00', '18:00'],
    ['Prek Kdam', '05:30', ''],
  ],
  headerColumn: true,
};

export const SAMPLE_TABLES = [RESULTS_TABLE, FARES_TABLE, KHMER_PRICES_TABLE, TIMETABLE_TABLE];
