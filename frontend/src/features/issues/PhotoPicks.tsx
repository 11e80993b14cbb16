import { useEffect, useMemo } from 'preact/hooks';
import { t } from '../../i18n';

/**
 * The photos chosen for a report so far, each with a preview and its own "Remove" button, so a
 * second pick visibly adds to the first and a wrong one can be taken out before sending.
 */
export function PhotoPicks({ photos, onRemove }: { photos: File[]; onRemove: (index: number) => void }) {
  // Made in the same render as the list, so a photo never shows up without its preview; the
  // effect only hands the object URLs back when the list changes or the form goes away.
  const previews = useMemo(
    // jsdom and old browsers may lack object URLs: the list still works without previews.
    () => photos.map((file) => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : '')),
    [photos],
  );
  useEffect(() => () => previews.forEach((url) => url && URL.revokeObjectURL(url)), [previews]);

  if (photos.length === 0) return null;
  return (
    <ul class="photo-picks" aria-label={t('photo-picks-label')}>
      {photos.map((file, index) => {
        const name = file.name || t('photo-unnamed', { number: index + 1 });
        return (
          <li key={`${index}:${name}`} class="photo-picks__item">
            {previews[index] ? <img src={previews[index]} alt="" class="photo-picks__preview" /> : <span />}
            <span class="photo-picks__name" dir="auto">
              {name}
            </span>
            <button type="button" class="button--small button--quiet" onClick={() => onRemove(index)}>
              {t('photo-remove')}
              <span class="visually-hidden"> {name}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
