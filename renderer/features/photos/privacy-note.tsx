// What the original photo holds that no published size carries: a GPS position, the camera.
import type { PhotoPrivacy } from '../../../shared/photos/photo-facts';
import { useT } from '../../i18n/intl-root';

export function PrivacyNote({ privacy }: { privacy: PhotoPrivacy }) {
  const t = useT();
  const notes = [
    ...(privacy.gps ? [t('photos.privacy.gps')] : []),
    ...(privacy.camera ? [t('photos.privacy.camera', { camera: privacy.camera })] : []),
    ...(!privacy.gps && !privacy.camera && (privacy.exif || privacy.xmp || privacy.iptc)
      ? [t('photos.privacy.other')]
      : []),
  ];
  if (notes.length === 0) return null;
  return (
    <ul className="photo-privacy" aria-label={t('photos.privacy.label')}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
