import { useEffect, useState } from 'preact/hooks';

/**
 * Moves focus to the element with the given id once the next render is on screen: for when the
 * control that had focus goes away (a form closes, a row is removed) and focus must not fall back
 * to the top of the page.
 */
export function useFocusAfterRender(): (elementId: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target.id)?.focus();
  }, [target]);
  // A fresh object each time, so asking for the same element twice still moves focus.
  return (elementId: string) => setTarget({ id: elementId });
}
