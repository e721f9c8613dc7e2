// The one list of TipTap extensions: what the editor lets a writer type is what export can write.
import { getSchema, type Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { articleTableExtensions } from './article-table';
import { BodyLink } from './body-link';
import { PhotoFigure } from './figure';

export function articleExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: false,
    }),
    BodyLink,
    ...articleTableExtensions,
    PhotoFigure,
  ];
}

let cachedSchema: ReturnType<typeof getSchema> | undefined;

/** The ProseMirror schema behind the extensions, built once. */
export function articleSchema(): ReturnType<typeof getSchema> {
  cachedSchema ??= getSchema(articleExtensions());
  return cachedSchema;
}
