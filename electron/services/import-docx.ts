// Reads a Word document with mammoth: its HTML goes through the article schema, so headings,
// bold, italic, lists, tables, web links and pictures survive and nothing else does (no scripts).
// Pictures travel beside the page as bytes with their alt text; the host keeps them as photos.
import { DatelineError } from '../../shared/api/errors';
import { recognisePage, type PageImport } from '../../shared/import/recognise-page';
import type { FindArticle } from '../../shared/import/related-section';
import { htmlToBlocks, type DroppedContent } from './import-html';
import { PENDING_PREFIX, type DocumentImage } from './media/document-images';
import { plural, pluralForm } from '../../shared/text/plural';

// Word's Title style heads the story; its quote styles are block quotes.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

export async function readDocxPage(
  name: string,
  bytes: Uint8Array,
  findArticle?: FindArticle,
): Promise<PageImport & { images: DocumentImage[] }> {
  const images: DocumentImage[] = [];
  const html = await docxToHtml(name, bytes, images);
  const { blocks, headline, dropped } = await htmlToBlocks(html);
  const page = recognisePage(blocks, { format: 'docx', headline, findArticle });
  const notice = droppedNotice(dropped);
  if (notice) page.report.notices.unshift(notice);
  return { ...page, images };
}

async function docxToHtml(
  name: string,
  bytes: Uint8Array,
  images: DocumentImage[],
): Promise<string> {
  // Loaded on first use, so starting a host or the command line does not wait for it.
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // A document's own style map could ask for any element; ours is the only one used.
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        // Each picture is named by its place; mammoth adds the alt text Word holds for it.
        convertImage: mammoth.images.imgElement(async (image) => {
          images.push({ contentType: image.contentType, data: await image.readAsBase64String() });
          return { src: `${PENDING_PREFIX}${images.length - 1}` };
        }),
      },
    );
    return result.value;
  } catch {
    throw new DatelineError(
      'invalid-input',
      `${name} could not be read as a Word document. It may be damaged, or not really a .docx file; open it in Word, save it again as .docx, and import that.`,
      { reason: 'word-damaged', values: { name } },
    );
  }
}

function droppedNotice({ images }: DroppedContent): string | undefined {
  if (images === 0) return undefined;
  const verb = pluralForm(images, { one: 'was', other: 'were' });
  return `${plural(images, 'image')} ${verb} left out: Dateline articles hold no images.`;
}
