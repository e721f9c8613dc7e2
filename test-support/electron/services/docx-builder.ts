// Builds small Word documents for the import tests: a .docx is a zip of XML parts, and these
// hold only what mammoth reads (styles, lists, links, one image, tables).
import JSZip from 'jszip';

export type DocxRun = string | { text: string; bold?: boolean; italic?: boolean; link?: string };

export type DocxBlock =
  | { kind: 'paragraph'; style?: 'Title' | 'Heading1' | 'Heading2' | 'Quote'; runs: DocxRun[] }
  | { kind: 'list'; ordered?: boolean; items: DocxRun[][] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'image' };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export const paragraph = (...runs: DocxRun[]): DocxBlock => ({ kind: 'paragraph', runs });

export async function buildDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
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
  // Eight bytes of PNG signature: the importer never reads image data.
  zip.file(
    'word/media/image1.png',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
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
    case 'table': {
      const rows = block.rows.map(
        (cells) =>
          `<w:tr>${cells.map((cell) => `<w:tc><w:p>${runXml(cell, links)}</w:p></w:tc>`).join('')}</w:tr>`,
      );
      return `<w:tbl>${rows.join('')}</w:tbl>`;
    }
    case 'image':
      return `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture" descr="A photo"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  }
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
  .join('')}</w:styles>`;

const NUMBERING = `${HEAD}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
