import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { isApiError, type ApiError } from '../../api';
import { organisationsApi, type Organisation } from './api';
import { Page } from '../../components/Page';
import { ErrorAlert } from '../../components/Alert';
import { StaffList } from './StaffList';
import { CategoryManager } from './CategoryManager';
import { ApiKeyManager } from './ApiKeyManager';
import { useResource } from '../../hooks/useResource';
import { usePagedList } from '../../hooks/usePagedList';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { useSession } from '../../session/session';
import { formatDate } from '../../lib/format';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';
import { signInHref } from '../../lib/nextPath';
import './organisation.css';

/**
 * What the viewer may do here, as far as the server has said: its staff list answers only its
 * staff and platform admins, so it doubles as the question. The server stays the judge of every
 * action; a 403 from any of them hides the forms too.
 */
type Access = 'checking' | 'signed-out' | 'forbidden' | 'granted' | 'unknown';

const NOTICE_ID = 'manage-notice';

const isForbidden = (error: unknown) => isApiError(error) && error.status === 403;

function Served({ organisation: o }: { organisation: Organisation }) {
  return (
    <section aria-labelledby="served-heading">
      <h2 id="served-heading">{t('org-served-heading')}</h2>
      {o.neighbourhoods.length === 0 ? (
        <p>{t('org-served-none')}</p>
      ) : (
        <>
          <p>{t('org-served-intro')}</p>
          <ul class="plain-list">
            {o.neighbourhoods.map((n) => (
              <li key={n.id}>
                <a href={`/neighbourhoods/${n.id}`}>
                  <bdi>{n.name}</bdi>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ManageNotice({ access, organisation }: { access: Access; organisation: Organisation }) {
  const { path } = useLocation();
  if (access !== 'signed-out' && access !== 'forbidden') return null;
  return (
    <section class="panel manage-notice" id={NOTICE_ID} tabIndex={-1} aria-labelledby="manage-heading">
      <h2 id="manage-heading">{t('org-manage-heading')}</h2>
      {access === 'signed-out' ? (
        <p>
          <Markup
            id="org-manage-sign-in"
            args={{ name: organisation.name }}
            elements={{ link: <a href={signInHref(path)} /> }}
          />
        </p>
      ) : (
        <>
          <p>
            <strong>{t('org-manage-not-staff', { name: organisation.name })}</strong>{' '}
            {t('org-manage-only-staff')}
          </p>
          <p>{t('org-manage-ask-admin')}</p>
        </>
      )}
    </section>
  );
}

/** An organisation (a public-service body), and for its staff the tools to run it on Commonground. */
export function OrganisationPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const { state, me } = useSession();
  const { data, error } = useResource(id || null, (signal) => organisationsApi.get(id, signal));
  const organisation = data?.id === id ? data : undefined;
  const focusLater = useFocusAfterRender();

  // Asked once the organisation is known and someone is signed in, again when the viewer changes.
  const manageKey = organisation && me ? `${id}:${me.id}` : null;
  const staff = usePagedList(manageKey, (cursor, signal) => organisationsApi.staff(id, { cursor }, signal));
  const [refusedFor, setRefusedFor] = useState<string | null>(null);
  const onForbidden = (_error: ApiError, moveFocus = true) => {
    setRefusedFor(manageKey);
    if (moveFocus) focusLater(NOTICE_ID);
  };

  let access: Access;
  if (state.status === 'loading') access = 'checking';
  else if (!me) access = 'signed-out';
  else if (refusedFor !== null && refusedFor === manageKey) access = 'forbidden';
  else if (staff.loading) access = 'checking';
  else if (isForbidden(staff.error)) access = 'forbidden';
  else if (staff.error)
    access = 'unknown'; // e.g. unreachable: the sections say so themselves
  else access = 'granted';

  if (!organisation) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    return (
      <Page title={notFound ? t('org-not-found-title') : error ? t('org-title') : t('org-loading')}>
        {notFound ? (
          <p>
            <Markup id="org-not-found-body" elements={{ link: <a href="/organisations" /> }} />
          </p>
        ) : (
          <ErrorAlert error={error} />
        )}
      </Page>
    );
  }

  const mayManage = access === 'granted' || access === 'unknown';
  return (
    <Page title={organisation.name}>
      <p class="breadcrumb">
        <a href="/organisations">{t('org-all')}</a>
      </p>
      {organisation.description ? (
        <p class="lede prose" dir="auto">
          {organisation.description}
        </p>
      ) : (
        <p class="meta">{t('org-no-description')}</p>
      )}
      <p class="meta">
        <span>{t('org-since', { date: formatDate(organisation.created_at) })}</span>
        <span>{t('org-serves', { count: organisation.neighbourhoods.length })}</span>
      </p>
      <ErrorAlert error={error} />
      <Served organisation={organisation} />
      <ManageNotice access={access} organisation={organisation} />
      {access === 'granted' && (
        <nav aria-label={t('org-service-nav-label')} class="panel">
          <a href={`/organisations/${organisation.id}/dashboard`}>{t('org-dashboard-link')}</a> ·{' '}
          <a href={`/organisations/${organisation.id}/triage`}>{t('org-triage-link')}</a>
        </nav>
      )}
      {access === 'checking' && me && <p class="meta">{t('org-checking-access')}</p>}
      <CategoryManager
        organisation={organisation}
        canManage={access === 'granted'}
        onForbidden={onForbidden}
      />
      {mayManage && me && (
        <ApiKeyManager
          key={organisation.id}
          organisation={organisation}
          viewerKey={me.id}
          onForbidden={onForbidden}
        />
      )}
      {mayManage && <StaffList list={staff} />}
    </Page>
  );
}
