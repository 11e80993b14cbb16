import { useLocation } from 'preact-iso';
import { useAction } from '../../hooks/useAction';
import { useFormValues } from '../../hooks/useFormValues';
import { feedbackFromError } from '../../lib/feedback';
import { safeNextPath } from '../../lib/nextPath';
import type { Validated } from '../../lib/validation';
import { isApiError } from '../../api';

/**
 * What the sign-in and sign-up forms share: their values, checked before anything is sent; the
 * action, after which the person goes on to `?next=` (a safe path only); and a refused sign-in
 * (401) told in `refused`'s words, which say what to do, rather than as the server's problem.
 */
export function useAccountForm<T extends { [K in keyof T]: string }>(
  initial: T,
  validate: (values: T) => Validated<T>,
  action: (values: T) => Promise<void>,
  refused: string,
) {
  const { query, route } = useLocation();
  const { values, set } = useFormValues(initial);
  const fields = Object.keys(initial);
  const submit = useAction(action, {
    onSuccess: () => route(safeNextPath(query.next), true),
    describe: (error) =>
      isApiError(error) && error.status === 401
        ? { fields: {}, summary: refused, other: [] }
        : feedbackFromError(error, fields),
  });
  const { busy, feedback } = submit;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const checked = validate(values);
    if (!checked.ok) return submit.invalid(checked.errors);
    void submit.run(checked.value);
  };

  return { values, set, busy, feedback, onSubmit, next: query.next };
}
