// The pictures of an imported Word document, kept as photos of the library: the document's
// figures name them by their place in the document (`pending-N`) until they are checked and
// stored here, with the alt text Word held for them. One that cannot be kept (a drawing, a
// format no browser shows) leaves its figure out, and the report says how many.
import type { ArticleBody, TipTapNode } from '../../../shared/article';
import { FIGURE_NODE, PHOTO_EXTENSIONS, isPhotoFormat } from '../../../shared/photos/photo-ref';
import { sniffFormat } from '../../../shared/photos/sniff';
import { plural, pluralForm } from '../../../shared/text/plural';
import { PENDING_PREFIX, type DocumentImage } from './document-images';
import { MediaStore } from './media-store';

export { documentImages } from './document-images';

/** Stores the body's pending pictures and names them by hash; answers the report's notice. */
export async function keepDocumentImages(
  libraryRoot: string,
  body: ArticleBody,
  images: readonly DocumentImage[],
  documentName: string,
): Promise<{ body: ArticleBody; notice?: string }> {
  const media = new MediaStore(libraryRoot);
  const kept = new Map<number, Awaited<ReturnType<MediaStore['add']>> | null>();
  let failed = 0;
  const keep = async (node: TipTapNode): Promise<TipTapNode[]> => {
    const hash = node.type === FIGURE_NODE ? String(node.attrs?.hash ?? '') : '';
    if (hash.startsWith(PENDING_PREFIX)) {
      const index = Number(hash.slice(PENDING_PREFIX.length));
      if (!kept.has(index)) {
        const image = images[index];
        const bytes = image ? Buffer.from(image.data, 'base64') : undefined;
        // Named by what the bytes are: Word's stated type is sometimes wrong ("image/jpg", a PNG
        // filed as JPEG), and the document is trusted no more than its name.
        const format = bytes ? sniffFormat(bytes) : 'unknown';
        const ending = isPhotoFormat(format) ? PHOTO_EXTENSIONS[format] : undefined;
        kept.set(
          index,
          bytes && ending
            ? await media
                .add(`${documentName}-image-${index + 1}.${ending}`, bytes)
                .catch(() => null)
            : null,
        );
      }
      const facts = kept.get(index);
      if (!facts) {
        failed += 1;
        return [];
      }
      const { hash: stored, format, width, height } = facts;
      return [{ ...node, attrs: { ...node.attrs, hash: stored, format, width, height } }];
    }
    if (!node.content) return [node];
    const content: TipTapNode[] = [];
    for (const child of node.content) content.push(...(await keep(child)));
    return [{ ...node, content }];
  };
  const [kept_body] = await keep(body as TipTapNode);
  const notice =
    failed > 0
      ? `${plural(failed, 'picture')} ${pluralForm(failed, { one: 'was', other: 'were' })} left out: only JPEG, PNG, WebP and AVIF photos can be kept.`
      : undefined;
  return { body: kept_body as ArticleBody, ...(notice ? { notice } : {}) };
}
