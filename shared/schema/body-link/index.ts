// The body's link: an address and nothing else. TipTap's Link also reads, stores and writes
// target, rel, class and title, so a pasted page or a hand-edited file could choose how a
// published link opens (rel="opener", target="_blank") or looks; here only href survives, and
// the exported page writes its own rel.
import type { Attributes } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import { isAllowedLinkUrl } from '../link-policy';

const BodyLinkMark = Link.extend({
  addAttributes() {
    const inherited: Attributes = this.parent?.() ?? {};
    const href = inherited.href;
    if (!href) throw new Error('TipTap Link no longer declares an href attribute.');
    return { href };
  },
});

export const BodyLink = BodyLinkMark.configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  protocols: [],
  isAllowedUri: (url) => isAllowedLinkUrl(url),
  // Link's defaults would add target="_blank" and a rel to every link the editor shows.
  HTMLAttributes: { target: null, rel: null, class: null },
});
