import { useEffect, useRef, useState } from 'preact/hooks';
import { isApiError, type ApiError } from '../api';
import { feedbackFromError, feedbackFromValidation, noFeedback, type FormFeedback } from '../lib/feedback';
import type { FormErrors } from '../lib/validation';

/**
 * How a run ended: `ok` with the action's value; `failed` (the problem is in `error`); `busy`
 * (the same action was still running: a double click or a second Enter); `unmounted` (the
 * component went away first, so nothing was told).
 */
export type ActionOutcome<R> =
  { ok: true; value: R } | { ok: false; reason: 'failed' | 'busy' | 'unmounted' };

export interface ActionOptions<A extends unknown[], R> {
  /**
   * Which runs exclude each other: a run is refused while another with the same key is under
   * way. Rows of a list key by their id, so each row's buttons are blocked on their own while the
   * others stay usable. Default: one key for every run (a form submits once at a time).
   */
  key?: (...args: A) => string;
  /** The form's fields: a failure's per-field messages go beside them (`feedback`). */
  fields?: readonly string[];
  /** Server field paths to form field names (`center.lat` -> `lat`), for `feedback`. */
  aliases?: Record<string, string>;
  /** What a failure says, when the default (`feedbackFromError`) is not right for this form. */
  describe?: (error: unknown) => FormFeedback;
  /** What to announce after success (shown through `StatusMessage`); null: nothing. */
  success?: string | ((value: R, ...args: A) => string | null);
  /** Told of each success while the component is mounted (reload, move focus, leave the page). */
  onSuccess?: (value: R, ...args: A) => void | Promise<void>;
  /** Told of each failure while the component is mounted, after `error` is set. */
  onError?: (error: unknown, ...args: A) => void;
}

export interface Action<A extends unknown[], R> {
  /** Runs the action unless a run with the same key is under way. Never rejects. */
  run: (...args: A) => Promise<ActionOutcome<R>>;
  /** Whether any run is under way. */
  busy: boolean;
  /** Whether a run with this key is under way (for a row's buttons). */
  busyWith: (key: string) => boolean;
  /** The last failure (usually an `ApiError` from the server's problem+json); null after success. */
  error: unknown;
  /** The last failure when it was the server's (or the network's) problem. */
  problem: ApiError | null;
  /** The last failure placed on the form's fields, or a form check from `invalid`; else empty. */
  feedback: FormFeedback;
  /** The last success's announcement; cleared when a run starts. */
  success: string | null;
  /**
   * Shows a form's own check failure as `feedback`, without running anything: messages per field,
   * a whole feedback, or one sentence for the summary.
   */
  invalid: (problem: FormErrors | FormFeedback | string) => void;
  /** Forgets the last failure and announcement (a form closed, an edit abandoned). */
  reset: () => void;
}

interface Shown {
  error: unknown;
  feedback: FormFeedback;
  success: string | null;
}

const nothingShown: Shown = { error: null, feedback: noFeedback, success: null };
const ONE_AT_A_TIME = '';

const isFeedback = (value: FormErrors | FormFeedback): value is FormFeedback =>
  'summary' in value && 'fields' in value && 'other' in value;

/**
 * One mutation as the page sees it: busy while it runs (double submission refused at once, not
 * after a render), the server's problem when it fails (as `error`, `problem` and form `feedback`),
 * an announcement when it succeeds, and nothing at all once the component is gone (results that
 * arrive after unmount are dropped rather than set on a dead component or acted upon).
 *
 * The latest options are used, so they need not be stable. `run` never rejects: failures are
 * state, and `onError` is told.
 */
export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  options: ActionOptions<A, R> = {},
): Action<A, R> {
  const latest = useRef({ action, options });
  latest.current = { action, options };
  // Refs, not state: a second click in the same tick must see the first run at once.
  const running = useRef(new Set<string>());
  const mounted = useRef(true);
  const [busyKeys, setBusyKeys] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState<Shown>(nothingShown);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const publishBusy = () => {
    if (mounted.current) setBusyKeys(new Set(running.current));
  };

  const failed = (error: unknown, success: string | null, args: A): ActionOutcome<R> => {
    if (!mounted.current) return { ok: false, reason: 'unmounted' };
    const now = latest.current.options;
    const feedback = now.describe
      ? now.describe(error)
      : feedbackFromError(error, now.fields ?? [], now.aliases);
    setShown({ error, feedback, success });
    now.onError?.(error, ...args);
    return { ok: false, reason: 'failed' };
  };

  const run = async (...args: A): Promise<ActionOutcome<R>> => {
    const { action: act, options: opts } = latest.current;
    const key = opts.key ? opts.key(...args) : ONE_AT_A_TIME;
    if (running.current.has(key)) return { ok: false, reason: 'busy' };
    running.current.add(key);
    publishBusy();
    // The last failure stays in view until this run's answer replaces it (no flash, no jump);
    // the last announcement goes, so that the same words said again are heard again.
    setShown((now) => (now.success === null ? now : { ...now, success: null }));
    try {
      let value: R;
      try {
        value = await act(...args);
      } catch (error) {
        return failed(error, null, args);
      }
      if (!mounted.current) return { ok: false, reason: 'unmounted' };
      const now = latest.current.options;
      const success = typeof now.success === 'function' ? now.success(value, ...args) : (now.success ?? null);
      setShown({ error: null, feedback: noFeedback, success });
      try {
        await now.onSuccess?.(value, ...args);
      } catch (error) {
        // What follows a success (reloading the session, say) failed: the change itself was made.
        return failed(error, success, args);
      }
      return mounted.current ? { ok: true, value } : { ok: false, reason: 'unmounted' };
    } finally {
      running.current.delete(key);
      publishBusy();
    }
  };

  return {
    run,
    busy: busyKeys.size > 0,
    busyWith: (key) => busyKeys.has(key),
    error: shown.error,
    problem: isApiError(shown.error) ? shown.error : null,
    feedback: shown.feedback,
    success: shown.success,
    invalid: (problem) =>
      setShown({
        error: null,
        feedback:
          typeof problem === 'string'
            ? { fields: {}, summary: problem, other: [] }
            : isFeedback(problem)
              ? problem
              : feedbackFromValidation(problem),
        success: null,
      }),
    reset: () => setShown(nothingShown),
  };
}
