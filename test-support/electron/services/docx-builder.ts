// Builds small Word documents for the import tests: a .docx is a zip of XML parts, and these
// hold only what mammoth reads (styles, lists, links, one image, tables).
import JSZip from 'jszip';

export type DocxRun = string | { text: string; bold?: boolean; italic?: boolean; link?: string };

/** A cell: one run, or paragraphs of runs, spanning columns, or holding a table of its own. */
export type DocxCell = DocxRun | { paragraphs?: DocxRun[][]; span?: number; table?: DocxTable };

/** Laid out as Word writes one: a grid style, column widths, and the header row marked to repeat. */
export interface DocxTable {
  kind: 'table';
  rows: DocxCell[][];
  /** The first row is marked as the header row ("Repeat as header row" in Word). */
  headerRow?: boolean;
}

export type DocxBlock =
  | { kind: 'paragraph'; style?: 'Title' | 'Heading1' | 'Heading2' | 'Quote'; runs: DocxRun[] }
  | { kind: 'list'; ordered?: boolean; items: DocxRun[][] }
  | DocxTable
  | { kind: 'image' };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export const paragraph = (...runs: DocxRun[]): DocxBlock => ({ kind: 'paragraph', runs });

/** `image` is the picture's bytes (a PNG); without it, only a PNG's signature. */
export async function buildDocx(
  blocks: DocxBlock[],
  options: { image?: Uint8Array } = {},
): Promise<Uint8Array> {
  const links: string[] = [];
  const body = blocks.map((block) => blockXml(block, links)).join('');
  const relationships = [
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`,
    `<Relationship Id="rIdImage" Type="${REL}/image" Target="media/image1.png"/>`,
    ...links.map(
      (target, index) =>
        `<Relationship Id="rIdLink${index}" Type="${REL}/hyperlink" Target="${escape(target)}" TargetMode="External"/>`,
    ),
  ];
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file(
    '_rels/.rels',
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `${HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body}</w:body></w:document>`,
  );
  zip.file('word/styles.xml', STYLES);
  zip.file('word/numbering.xml', NUMBERING);
  // Eight bytes of PNG signature unless a real picture is given.
  zip.file(
    'word/media/image1.png',
    options.image ?? new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  return zip.generateAsync({ type: 'uint8array' });
}

function blockXml(block: DocxBlock, links: string[]): string {
  switch (block.kind) {
    case 'paragraph': {
      const style = block.style ? `<w:pPr><w:pStyle w:val="${block.style}"/></w:pPr>` : '';
      return `<w:p>${style}${block.runs.map((run) => runXml(run, links)).join('')}</w:p>`;
    }
    case 'list': {
      const numId = block.ordered ? 2 : 1;
      return block.items
        .map(
          (runs) =>
            `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${runs.map((run) => runXml(run, links)).join('')}</w:p>`,
        )
        .join('');
    }
    case 'table':
      return tableXml(block, links);
    case 'image':
      return `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture" descr="A photo"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  }
}

function tableXml(table: DocxTable, links: string[]): string {
  const columns = Math.max(
    1,
    ...table.rows.map((cells) =>
      cells.reduce<number>((sum, cell) => sum + (isCellObject(cell) ? (cell.span ?? 1) : 1), 0),
    ),
  );
  const width = Math.floor(9000 / columns);
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid>`;
  const props = `<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  const rows = table.rows.map((cells, index) => {
    const header = table.headerRow && index === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    return `<w:tr>${header}${cells.map((cell) => cellXml(cell, width, links)).join('')}</w:tr>`;
  });
  return `<w:tbl>${props}${grid}${rows.join('')}</w:tbl>`;
}

const isCellObject = (
  cell: DocxCell,
): cell is { paragraphs?: DocxRun[][]; span?: number; table?: DocxTable } =>
  typeof cell === 'object' && !('text' in cell);

function cellXml(cell: DocxCell, width: number, links: string[]): string {
  const { paragraphs = [], span = 1, table } = isCellObject(cell) ? cell : { paragraphs: [[cell]] };
  const props = `<w:tcPr><w:tcW w:w="${width * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>`;
  const body = paragraphs.map(
    (runs) => `<w:p>${runs.map((run) => runXml(run, links)).join('')}</w:p>`,
  );
  // Word ends every cell with a paragraph, after a nested table too.
  const nested = table ? `${tableXml(table, links)}<w:p/>` : '';
  return `<w:tc>${props}${body.join('')}${nested}${body.length === 0 && !table ? '<w:p/>' : ''}</w:tc>`;
}

function runXml(run: DocxRun, links: string[]): string {
  const { text, bold, italic, link } = typeof run === 'string' ? { text: run } : run;
  const props = `${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}`;
  const xml = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
  if (!link) return xml;
  links.push(link);
  return `<w:hyperlink r:id="rIdLink${links.length - 1}">${xml}</w:hyperlink>`;
}

function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const CONTENT_TYPES = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;

const STYLES = `${HEAD}<w:styles xmlns:w="${W}">${[
  ['Title', 'Title'],
  ['Heading1', 'heading 1'],
  ['Heading2', 'heading 2'],
  ['Quote', 'Quote'],
]
  .map(
    ([id, name]) =>
      `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`,
  )
  .join(
    '',
  )}<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`;

const NUMBERING = `${HEAD}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
