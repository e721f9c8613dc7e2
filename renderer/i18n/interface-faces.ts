// The Khmer faces the interface is drawn with, loaded before the interface turns Khmer: text laid
// out while a face is still on its way can stay drawn as empty boxes on a machine without a Khmer
// font of its own.
import type { InterfaceLocale } from './locale';

const KHMER_FACES = ['400 1em "Noto Sans Khmer"', '700 1em "Noto Sans Khmer"'];

export async function loadInterfaceFaces(locale: InterfaceLocale): Promise<void> {
  if (locale !== 'km' || !document.fonts) return;
  // A face that fails to load leaves the system's fonts, which is no reason to stay in English.
  await Promise.all(KHMER_FACES.map((face) => document.fonts.load(face, 'ក'))).catch(
    () => undefined,
  );
}
