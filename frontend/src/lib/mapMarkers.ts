/**
 * Map markers people can reach without a mouse. Leaflet draws a circle marker as an SVG path,
 * which is not in the tab order and has no name; this gives it both, with a `<title>` for the
 * mouse tooltip, and runs `onActivate` on Enter or Space as a button would.
 */
export function makeMarkerFocusable(
  element: Element | undefined,
  label: string,
  role: 'button' | 'link',
  onActivate?: () => void,
): void {
  if (!element) return;
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', role);
  element.setAttribute('aria-label', label);
  let title: Element | null = element.querySelector('title');
  if (!title) {
    title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    element.append(title);
  }
  title.textContent = label;
  if (!onActivate) return;
  element.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    onActivate();
  });
}
