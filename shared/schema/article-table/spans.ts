// How many columns or rows a cell may span: a whole number the HTML table model accepts, small
// enough that laying the table out (one slot per column and row) stays cheap.
export const MAX_SPAN = 100;

/** The span a cell keeps: a whole number from 1 to MAX_SPAN, anything else read as 1. */
export function cellSpan(value: unknown): number {
  const span = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof span === 'number' && Number.isInteger(span) && span >= 1 && span <= MAX_SPAN
    ? span
    : 1;
}

/** The attribute written for a span, left out when the cell spans one column or row. */
export function spanAttribute(name: 'colspan' | 'rowspan', value: unknown): Record<string, number> {
  const span = cellSpan(value);
  return span > 1 ? { [name]: span } : {};
}
