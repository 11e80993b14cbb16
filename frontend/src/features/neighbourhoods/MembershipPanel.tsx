import { useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, type Neighbourhood } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { useSession } from '../../session/session';
import { signInHref } from '../../lib/nextPath';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

interface Props {
  neighbourhood: Neighbourhood;
  /** Called after joining or leaving, with a sentence to announce. */
  onChange: (message: string) => void;
}

/** The viewer's relation to the neighbourhood, and the button that changes it. */
export function MembershipPanel({ neighbourhood: n, onChange }: Props) {
  const { me, reload } = useSession();
  const { path } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const membership = n.viewer.membership;

  const {
    run: act,
    busy,
    error,
  } = useAction(
    async (action: () => Promise<unknown>, message: string) => {
      await action();
      return message;
    },
    {
      onSuccess: (message) => {
        onChange(message);
        // The button pressed gives way to the new state's (Join becomes Leave): keep focus in the
        // panel, on its heading, rather than let it fall to the page.
        heading.current?.focus();
        void reload();
      },
    },
  );
  const join = () =>
    act(
      () => api.neighbourhoods.join(n.id),
      n.join_policy === 'open' ? t('member-joined', { name: n.name }) : t('member-request-sent'),
    );
  const leave = (message: string) => act(() => api.neighbourhoods.leave(n.id), message);

  let body;
  if (!me) {
    body = (
      <p>
        <Markup
          id="member-sign-in-to-join"
          elements={{
            signin: <a href={signInHref(path)} />,
            signup: <a href={signInHref(path, '/signup')} />,
          }}
        />
      </p>
    );
  } else if (!membership) {
    body = (
      <>
        <p>{n.join_policy === 'open' ? t('member-anyone-can-join') : t('member-coordinator-approves')}</p>
        <button type="button" onClick={join} disabled={busy}>
          {n.join_policy === 'open' ? t('member-join') : t('member-request-to-join')}
        </button>
      </>
    );
  } else if (membership.status === 'pending') {
    body = (
      <>
        <p>
          <Markup id="member-request-pending" elements={{ strong: <strong /> }} />
        </p>
        <button
          type="button"
          class="button--quiet"
          onClick={() => leave(t('member-request-withdrawn'))}
          disabled={busy}
        >
          {t('member-withdraw-request')}
        </button>
      </>
    );
  } else {
    body = (
      <>
        <p>
          {membership.status === 'suspended' ? (
            <strong>{t('member-suspended')}</strong>
          ) : membership.role === 'coordinator' ? (
            <Markup id="member-you-are-coordinator" elements={{ strong: <strong /> }} />
          ) : (
            <Markup id="member-you-are-member" elements={{ strong: <strong /> }} />
          )}
        </p>
        <button
          type="button"
          class="button--quiet"
          onClick={() => leave(t('member-left', { name: n.name }))}
          disabled={busy}
        >
          {t('member-leave')}
        </button>
      </>
    );
  }

  return (
    <section class="panel" aria-labelledby="membership-heading">
      <h2 id="membership-heading" tabIndex={-1} ref={heading}>
        {t('member-heading')}
      </h2>
      <ErrorAlert error={error} />
      {body}
    </section>
  );
}
