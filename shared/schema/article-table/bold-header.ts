// Word and Google Docs tables rarely mark a header row as one: the first row is just set in bold.
// Such a row is read as the table's header row, so it exports as column headers.

/** Whether a td is in a bold first row of a table of two or more rows that has no th. */
export function isBoldHeaderCell(cell: HTMLElement): boolean {
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || row.tagName !== 'TR' || !table) return false;
  const rows = ownRows(table);
  if (rows.length < 2 || rows[0] !== row) return false;
  if (rows.some((r) => [...r.children].some((c) => c.tagName === 'TH'))) return false;
  const cells = [...row.children].filter((c) => c.tagName === 'TD');
  return cells.some((c) => hasText(c)) && cells.every((c) => allTextBold(c));
}

/** The rows of this table, not of tables nested in its cells. */
function ownRows(table: Element): Element[] {
  return [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
}

const hasText = (element: Element) => (element.textContent ?? '').trim() !== '';

const BOLD_STYLE = /(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;

function isBold(element: Element): boolean {
  return (
    element.tagName === 'B' ||
    element.tagName === 'STRONG' ||
    BOLD_STYLE.test(element.getAttribute('style') ?? '')
  );
}

/** Every word in the cell sits inside a bold element of the cell (an empty cell counts). */
function allTextBold(cell: Element): boolean {
  const walker = cell.ownerDocument.createTreeWalker(cell, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if ((text.textContent ?? '').trim() === '') continue;
    let bold = false;
    for (let at = text.parentElement; at; at = at === cell ? null : at.parentElement) {
      if (isBold(at)) {
        bold = true;
        break;
      }
    }
    if (!bold) return false;
  }
  return true;
}
