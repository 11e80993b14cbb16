import type { ComponentChildren } from 'preact';
import { describeError } from '../api';

/** An error for the whole page or section, announced when it appears. */
export function ErrorAlert({ error, children }: { error: unknown; children?: ComponentChildren }) {
  if (!error) return null;
  return (
    <div class="alert" role="alert">
      <p>{describeError(error)}</p>
      {children}
    </div>
  );
}

/** A polite live region for confirmations ("Bob approved."). Always rendered so updates are heard. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <p class={message ? 'status-message' : 'visually-hidden'} role="status">
      {message ?? ''}
    </p>
  );
}
