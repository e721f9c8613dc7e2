// The address of a photo for an <img>, once the host has sent it.
import { useEffect, useState } from 'react';
import { loadPhoto, photoUrl } from './photo-cache';

export function usePhotoSrc(hash: string | undefined): string | undefined {
  const [src, setSrc] = useState(() => (hash ? photoUrl(hash) : undefined));
  useEffect(() => {
    let current = true;
    setSrc(hash ? photoUrl(hash) : undefined);
    // A photo that cannot be had leaves '' (not undefined), so the view draws again and says so.
    if (hash) void loadPhoto(hash).then((url) => current && setSrc(url ?? ''));
    return () => {
      current = false;
    };
  }, [hash]);
  return src;
}
