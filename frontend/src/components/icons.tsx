/**
 * UI symbols as inline SVG, never emoji: an emoji shows as an empty box where no emoji font is
 * installed (many phones and kiosks). Each icon is decoration (`aria-hidden`); the control that
 * holds it carries the accessible name. They take the text colour and scale with the font.
 */

export function BellIcon({ class: className }: { class?: string }) {
  return (
    <svg
      class={className}
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="1.25em"
      height="1.25em"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
