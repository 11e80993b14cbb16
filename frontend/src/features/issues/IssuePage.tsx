import { DiscussionPanel } from '../discussions/DiscussionPanel';
import { FollowByEmail } from '../follows/FollowByEmail';
import { useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import {
  api,
  isApiError,
  type IssueDetail,
  type IssueStatus,
  type Neighbourhood,
  type Photo,
} from '../../api';
import { Page } from '../../components/Page';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { SelectField, TextArea } from '../../components/fields';
import { IssueStatusBadge } from './IssueList';
import { ReportNeighbour } from './ReportNeighbour';
import { PlaceBox } from '../places/PlaceBox';
import { type PlaceMatch } from '../places/api';
import { useAction } from '../../hooks/useAction';
import { useAuthorizedImage } from '../../hooks/useAuthorizedImage';
import { useResource } from '../../hooks/useResource';
import { placeAttribution, useClientConfig } from '../../lib/clientConfig';
import { useSession } from '../../session/session';
import { issueIdOf, useIssueEvents } from './events';
import { formatDate, formatDateTime, formatDistance, formatTime } from '../../lib/format';
import { signInHref } from '../../lib/nextPath';
import { photoFailureMessage, photoFailuresFor } from './photos';
import {
  STATUS_NOTE_MAX,
  affectedText,
  councilSays,
  formatAge,
  isActiveStatus,
  issueStatusLabel,
  nextStatuses,
  reportsText,
} from './logic';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

const when = (rfc3339: string) => t('issue-when', { date: formatDate(rfc3339), time: formatTime(rfc3339) });

/** What the reporter is told after filing, from the `reported` query parameter. */
function reportedMessage(reported: string | undefined, issue: IssueDetail): string | null {
  if (reported === 'joined') {
    return t('issue-reported-joined', { count: issue.supporters_count });
  }
  if (reported === 'new') {
    return t('issue-reported-new');
  }
  return null;
}

/** Told after filing a report whose address could not be put on the map. */
export function placeNotFoundMessage(issue: IssueDetail): string {
  return issue.address
    ? t('issue-place-not-found-typed', { address: issue.address })
    : t('issue-place-not-found-untyped');
}

/** "Affects me too" for members; what it means for everyone else. */
function SupportPanel({
  issue,
  neighbourhood: n,
  onSupported,
}: {
  issue: IssueDetail;
  neighbourhood: Neighbourhood | undefined;
  onSupported: (message: string) => void;
}) {
  const { me } = useSession();
  const { path } = useRoute();
  const { run, busy, error } = useAction(() => api.issues.support(issue.id), {
    onSuccess: () => onSupported(t('issue-support-thanks')),
  });
  const support = () => void run();

  let body;
  if (issue.supported_by_me) {
    body = (
      <p>
        <Markup id="issue-support-affected" elements={{ strong: <strong /> }} />
      </p>
    );
  } else if (!me) {
    body = (
      <p>
        <Markup id="issue-support-sign-in" elements={{ signin: <a href={signInHref(path)} /> }} />
      </p>
    );
  } else if (!isActiveStatus(issue.status)) {
    body = <p>{t('issue-support-settled', { status: issueStatusLabel[issue.status].toLowerCase() })}</p>;
  } else if (n?.viewer.membership?.status === 'active') {
    body = (
      <>
        <p>{t('issue-support-ask')}</p>
        <button type="button" onClick={support} disabled={busy}>
          {busy ? t('issue-saving') : t('issue-support-button')}
        </button>
      </>
    );
  } else if (n) {
    body = (
      <p>
        <Markup
          id="issue-support-members"
          args={{ name: n.name }}
          elements={{ neighbourhood: <a href={`/neighbourhoods/${n.id}`} /> }}
        />
      </p>
    );
  }
  return (
    <section class="panel" aria-labelledby="support-heading">
      <h2 id="support-heading">{affectedText(issue.supporters_count)}</h2>
      <ErrorAlert error={error} />
      {body}
    </section>
  );
}

/** Supporters may say "still a problem" for this long after resolution (the server decides). */
const REOPEN_WINDOW_MS = 30 * 24 * 3600 * 1000;

export function canReopen(issue: IssueDetail, now = Date.now()): boolean {
  if (issue.status !== 'resolved' || !issue.supported_by_me || !issue.resolved_at) return false;
  const resolved = Date.parse(issue.resolved_at);
  return Number.isNaN(resolved) || now - resolved <= REOPEN_WINDOW_MS;
}

/** "Still a problem": a supporter reopens a recently resolved issue, optionally saying why. */
function ReopenPanel({ issue, onReopened }: { issue: IssueDetail; onReopened: (message: string) => void }) {
  const [note, setNote] = useState('');
  const reopen = useAction(
    (trimmed: string) => api.issues.reopen(issue.id, trimmed ? { note: trimmed } : {}),
    {
      fields: ['reopen_note'],
      aliases: { note: 'reopen_note' },
      onSuccess: () => {
        setNote('');
        onReopened(t('issue-reopen-thanks'));
      },
    },
  );
  const { busy, feedback } = reopen;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void reopen.run(note.trim());
  };
  return (
    <section class="panel" aria-labelledby="reopen-heading">
      <h2 id="reopen-heading">{t('issue-reopen-heading')}</h2>
      <form class="form" onSubmit={onSubmit} noValidate>
        <FormAlert feedback={feedback} labels={{ reopen_note: t('issue-reopen-note') }} />
        <TextArea
          name="reopen_note"
          label={t('issue-reopen-note-optional')}
          rows={3}
          maxLength={STATUS_NOTE_MAX}
          value={note}
          onValue={setNote}
          error={feedback.fields.reopen_note}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('issue-sending') : t('issue-reopen-button')}
        </button>
      </form>
    </section>
  );
}

/** For managers: mark this issue a duplicate of a nearby one; its reports and supporters move. */
/**
 * "Place not found": a coordinator or service manager finds the place by its address (or a
 * nearby one) and puts the issue there.
 */
export function PlaceForm({ issue, onPlaced }: { issue: IssueDetail; onPlaced: (message: string) => void }) {
  const [typed, setTyped] = useState(issue.address ?? '');
  const [point, setPoint] = useState<PlaceMatch | null>(null);
  const labels = { place: t('issue-place-label') };
  const place = useAction((at: PlaceMatch) => api.issues.place(issue.id, { lat: at.lat, lon: at.lon }), {
    fields: ['place'],
    aliases: { location: 'place', 'location.lat': 'place', 'location.lon': 'place' },
    onSuccess: (placed) =>
      onPlaced(placed.place ? t('issue-placed-at', { place: placed.place }) : t('issue-placed-on-map')),
  });
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!point) return place.invalid({ place: t('issue-place-pick') });
    void place.run(point);
  };
  return (
    <section class="panel" aria-labelledby="place-heading">
      <h2 id="place-heading">{t('issue-place-not-found')}</h2>
      <p class="meta">{t('issue-place-form-intro')}</p>
      <form class="form" onSubmit={onSubmit} noValidate>
        <FormAlert feedback={place.feedback} labels={labels} />
        <PlaceBox
          name="place"
          label={labels.place}
          value={typed}
          onValue={(v) => {
            setTyped(v);
            setPoint(null);
          }}
          onPick={setPoint}
          error={place.feedback.fields.place}
        />
        <button type="submit" disabled={place.busy}>
          {place.busy ? t('issue-placing') : t('issue-place-button')}
        </button>
      </form>
    </section>
  );
}

function MergeForm({ issue, onMerged }: { issue: IssueDetail; onMerged: (message: string) => void }) {
  const location = issue.location;
  const candidates = useResource(
    location ? `${issue.id}:${location.lat}:${location.lon}:${issue.status}` : null,
    (signal) =>
      api.neighbourhoods.nearbyIssues(
        issue.neighbourhood_id,
        { lat: location?.lat ?? 0, lon: location?.lon ?? 0, category: issue.category.id },
        signal,
      ),
  );
  const others = (candidates.data ?? []).filter((c) => c.id !== issue.id);
  const [into, setInto] = useState('');
  const [note, setNote] = useState('');
  const chosen = others.some((c) => c.id === into) ? into : (others[0]?.id ?? '');
  const labels = { into: t('issue-merge-into'), merge_note: t('issue-merge-note') };
  const merge = useAction((body: { into: string; note: string }) => api.issues.merge(issue.id, body), {
    fields: Object.keys(labels),
    aliases: { note: 'merge_note' },
    onSuccess: (target) => onMerged(t('issue-merged', { category: target.category.name })),
  });
  const { busy, feedback } = merge;
  const radius = useClientConfig().config?.suggest_radius_m ?? 150;

  if (!location || !isActiveStatus(issue.status)) return null;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const trimmed = note.trim();
    if (!trimmed) return merge.invalid({ merge_note: t('issue-merge-note-missing') });
    void merge.run({ into: chosen, note: trimmed });
  };

  return (
    <section class="panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t('issue-merge-heading')}</h2>
      {others.length === 0 ? (
        <p class="meta">
          {candidates.loading ? t('issue-merge-looking') : t('issue-merge-none', { radius: String(radius) })}
        </p>
      ) : (
        <form class="form" onSubmit={onSubmit} noValidate>
          <FormAlert feedback={feedback} labels={labels} />
          <SelectField
            name="into"
            label={labels.into}
            value={chosen}
            onValue={setInto}
            error={feedback.fields.into}
          >
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {t('issue-merge-option', {
                  category: c.category.name,
                  distance: formatDistance(c.distance_m),
                  affected: affectedText(c.supporters_count),
                })}
              </option>
            ))}
          </SelectField>
          <TextArea
            name="merge_note"
            label={labels.merge_note}
            rows={3}
            maxLength={STATUS_NOTE_MAX}
            required
            value={note}
            onValue={setNote}
            error={feedback.fields.merge_note}
          />
          <button type="submit" class="button--quiet" disabled={busy}>
            {busy ? t('issue-merging') : t('issue-merge-button')}
          </button>
        </form>
      )}
    </section>
  );
}

const statusLabels = () => ({ status: t('issue-status-form-status'), note: t('issue-status-form-note') });
const STATUS_FIELDS = ['status', 'note'];

/** For coordinators and the service's managers: move the issue on, with a note everyone reads. */
function StatusForm({
  issue,
  onChanged,
}: {
  issue: IssueDetail;
  onChanged: (message: string, status?: IssueStatus) => void;
}) {
  const options = nextStatuses(issue.status);
  const [status, setStatus] = useState<string>(options[0] ?? '');
  const [note, setNote] = useState('');
  const change = useAction(
    (body: { status: IssueStatus; note: string }) => api.issues.setStatus(issue.id, body),
    {
      fields: STATUS_FIELDS,
      onSuccess: (changed) => {
        setNote('');
        onChanged(
          t('issue-status-changed', { status: issueStatusLabel[changed.status].toLowerCase() }),
          changed.status,
        );
      },
    },
  );
  const { busy, feedback } = change;
  const STATUS_LABELS = statusLabels();
  // After a change elsewhere the choices change too: keep the selection valid.
  const chosen = options.includes(status as IssueStatus) ? status : (options[0] ?? '');

  if (options.length === 0) return null;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const trimmed = note.trim();
    if (!trimmed) return change.invalid({ note: t('issue-status-note-missing') });
    void change.run({ status: chosen as IssueStatus, note: trimmed });
  };

  return (
    <section class="panel" aria-labelledby="status-form-heading">
      <h2 id="status-form-heading">{t('issue-status-form-heading')}</h2>
      <form class="form" onSubmit={onSubmit} noValidate>
        <FormAlert feedback={feedback} labels={STATUS_LABELS} />
        <SelectField
          name="status"
          label={STATUS_LABELS.status}
          value={chosen}
          onValue={setStatus}
          error={feedback.fields.status}
        >
          {options.map((s) => (
            <option key={s} value={s}>
              {issueStatusLabel[s]}
            </option>
          ))}
        </SelectField>
        <TextArea
          name="note"
          label={STATUS_LABELS.note}
          hint={t('issue-status-form-note-hint')}
          rows={4}
          maxLength={STATUS_NOTE_MAX}
          required
          value={note}
          onValue={setNote}
          error={feedback.fields.note}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('issue-saving') : t('issue-status-form-button')}
        </button>
      </form>
    </section>
  );
}

function Timeline({ issue }: { issue: IssueDetail }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('issue-timeline-heading')}</h2>
      {issue.timeline.length === 0 ? (
        <p>{t('issue-timeline-empty')}</p>
      ) : (
        <ol class="timeline">
          {issue.timeline.map((entry, index) => (
            <li key={`${entry.at}:${index}`}>
              <IssueStatusBadge status={entry.status} />{' '}
              <time class="meta" dateTime={entry.at}>
                {when(entry.at)}
              </time>
              {entry.note && (
                <p class="prose" dir="auto">
                  {entry.note}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Opens the full photo in a new tab, fetched with the bearer token like the thumbnail. */
async function openFullPhoto(photo: Photo, onError: (error: unknown) => void) {
  // Open the tab now, while the click still counts as the user's gesture, and fill it in later.
  const tab = window.open('', '_blank');
  try {
    const blob = await api.photos.photoBlob(photo.url);
    const objectUrl = URL.createObjectURL(blob);
    if (tab) tab.location.href = objectUrl;
    else window.location.assign(objectUrl);
    // The tab has loaded it by then; keep memory from growing over a long visit.
    setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
  } catch (error) {
    tab?.close();
    onError(error);
  }
}

function PhotoThumbnail({
  photo,
  label,
  onError,
}: {
  photo: Photo;
  label: string;
  onError: (error: unknown) => void;
}) {
  const { src, failed } = useAuthorizedImage(photo.thumbnail_url);
  return (
    <a
      href={photo.url}
      class="photo-thumbnail"
      onClick={(event) => {
        event.preventDefault();
        void openFullPhoto(photo, onError);
      }}
    >
      {src ? (
        <img src={src} alt={label} />
      ) : (
        <span class="photo-thumbnail__placeholder">
          {failed ? t('photo-not-loaded', { label }) : t('photo-loading', { label })}
        </span>
      )}
      <span class="visually-hidden"> {t('photo-opens-new-tab')}</span>
    </a>
  );
}

export function Photos({ photos }: { photos: Photo[] }) {
  const [error, setError] = useState<unknown>(null);
  if (photos.length === 0) return null;
  return (
    <section aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t('photo-heading')}</h2>
      <ErrorAlert error={error} />
      <ul class="photo-list">
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <PhotoThumbnail
              photo={photo}
              label={t('photo-label', { number: index + 1, count: photos.length })}
              onError={setError}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Reports({
  issue,
  canErase,
  onErased,
}: {
  issue: IssueDetail;
  canErase: boolean;
  onErased: (message: string) => void;
}) {
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('issue-reports-heading', { count: issue.reports_count })}</h2>
      <ul class="issue-list">
        {issue.reports.map((r) => (
          <li key={r.id} class="issue-summary">
            <p class="prose" dir="auto" lang={r.lang ?? undefined}>
              {r.description}
            </p>
            {r.answers.length > 0 && (
              <dl class="answers">
                {r.answers.map((a) => (
                  <div key={a.question}>
                    <dt dir="auto">{a.question}</dt>
                    <dd dir="auto">{a.datatype === 'datetime' ? formatDateTime(a.answer) : a.answer}</dd>
                  </div>
                ))}
              </dl>
            )}
            <div class="meta">
              <span>
                {r.reporter_name
                  ? t('issue-reported-by', { name: r.reporter_name })
                  : t('issue-name-not-shown')}
              </span>
              <time dateTime={r.created_at}>{formatAge(r.created_at)}</time>
            </div>
            <ReportNeighbour report={r} canErase={canErase} onErased={onErased} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function IssuePage() {
  const { params, query } = useRoute();
  const id = params.id ?? '';
  const { state, me } = useSession();
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const ready = state.status !== 'loading';
  const { data, error } = useResource(ready ? `${id}:${me?.id ?? ''}:${version}` : null, (signal) =>
    api.issues.get(id, signal),
  );
  const issue = data?.id === id ? data : undefined;
  const nid = issue?.neighbourhood_id ?? null;
  const neighbourhood = useResource(nid && ready ? `${nid}:${me?.id ?? ''}` : null, (signal) =>
    api.neighbourhoods.get(nid ?? '', signal),
  );
  const n = neighbourhood.data?.id === nid ? neighbourhood.data : undefined;
  const placeCredit = placeAttribution(useClientConfig().config);
  // The status this viewer just set: its live echo must not replace their own confirmation
  // (the answer and the event race; whichever came last used to win).
  const ownStatusChange = useRef<string | null>(null);

  useIssueEvents(nid, () => setVersion((v) => v + 1), {
    concerns: (event) => issueIdOf(event) === id || (event.kind === 'issue.merged' && event.data.into === id),
    onEvent: (event) => {
      if (event.kind === 'issue.merged' && issueIdOf(event) === id) {
        setAnnouncement(t('issue-merged-live'));
        return;
      }
      if (event.kind === 'issue.status_changed') {
        const status = event.data.status;
        if (ownStatusChange.current === status) {
          ownStatusChange.current = null;
          return;
        }
        const label = issueStatusLabel[status] ?? status;
        const note = typeof event.data.note === 'string' ? event.data.note : null;
        setAnnouncement(`${t('issue-now-status', { status: label.toLowerCase() })}${councilSays(note)}`);
      }
    },
  });

  if (!issue) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    return (
      <Page
        title={notFound ? t('issue-not-found') : error ? t('issue-page-title-plain') : t('issue-loading')}
      >
        {notFound ? (
          <p>
            <Markup id="issue-not-found-body" elements={{ browse: <a href="/neighbourhoods" /> }} />
          </p>
        ) : (
          <ErrorAlert error={error} />
        )}
      </Page>
    );
  }

  const changed = (message: string, status?: IssueStatus) => {
    if (status) ownStatusChange.current = status;
    setAnnouncement(message);
    setVersion((v) => v + 1);
  };
  const canManage = !!n && (n.viewer.can_manage || n.viewer.is_service_manager);
  const reported = reportedMessage(typeof query.reported === 'string' ? query.reported : undefined, issue);
  const photosFailed = Number.parseInt(
    typeof query.photos_failed === 'string' ? query.photos_failed : '',
    10,
  );
  const photoFailure =
    photosFailed > 0 ? photoFailureMessage(photosFailed, photoFailuresFor(issue.id)) : null;
  return (
    <Page title={issue.category.name}>
      <p class="lede">
        <span class="issue-status-line">
          {t('issue-status-line')} <IssueStatusBadge status={issue.status} />
        </span>
        {n && (
          <>
            {' '}
            <Markup
              id="issue-in-neighbourhood"
              args={{ name: n.name }}
              elements={{ neighbourhood: <a href={`/neighbourhoods/${n.id}`} /> }}
            />
          </>
        )}
      </p>
      {reported && <p class="status-message">{reported}</p>}
      {query.place === 'not_found' && issue.place_not_found && (
        <div class="alert" role="alert">
          <p>{placeNotFoundMessage(issue)}</p>
        </div>
      )}
      {photoFailure && (
        <div class="alert" role="alert">
          <p>{photoFailure}</p>
        </div>
      )}
      <StatusMessage message={announcement} />
      <ErrorAlert error={error} />
      {issue.duplicate_of && (
        <p>
          <Markup
            id="issue-duplicate-of"
            elements={{ other: <a href={`/issues/${issue.duplicate_of}`} /> }}
          />
        </p>
      )}
      {issue.status_note && (
        <blockquote class="status-note">
          <p dir="auto">{issue.status_note}</p>
        </blockquote>
      )}
      <div class="columns">
        <div class="columns__side">
          <SupportPanel issue={issue} neighbourhood={n} onSupported={changed} />
          {canReopen(issue) && <ReopenPanel issue={issue} onReopened={changed} />}
          {n?.visibility === 'public' && <FollowByEmail issueId={issue.id} />}
          {canManage && <StatusForm issue={issue} onChanged={changed} />}
          {canManage && <MergeForm issue={issue} onMerged={changed} />}
          {canManage && issue.place_not_found && <PlaceForm issue={issue} onPlaced={changed} />}
        </div>
        <div class="columns__main">
          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t('issue-details-heading')}</h2>
            <dl class="facts">
              <dt>{t('issue-fact-category')}</dt>
              <dd>{issue.category.name}</dd>
              <dt>{t('issue-fact-status')}</dt>
              <dd>{issueStatusLabel[issue.status]}</dd>
              {issue.place && (
                <>
                  <dt>{t('issue-fact-where')}</dt>
                  <dd>
                    {issue.place} {placeCredit && <span class="meta attribution">({placeCredit})</span>}
                  </dd>
                </>
              )}
              {issue.address && issue.address !== issue.place && (
                <>
                  <dt>{t('issue-fact-address')}</dt>
                  <dd dir="auto">{issue.address}</dd>
                </>
              )}
              {issue.place_not_found && (
                <>
                  <dt>{t('issue-fact-where')}</dt>
                  <dd>
                    <Markup id="issue-fact-place-not-found" elements={{ badge: <span class="badge" /> }} />
                  </dd>
                </>
              )}
              {issue.location && (
                <>
                  <dt>{t('issue-fact-location')}</dt>
                  <dd>
                    {issue.location.lat.toFixed(5)}, {issue.location.lon.toFixed(5)}{' '}
                    <span class="meta">{t('issue-fact-location-note')}</span>
                  </dd>
                </>
              )}
              <dt>{t('issue-fact-affected')}</dt>
              <dd>{affectedText(issue.supporters_count)}</dd>
              <dt>{t('issue-fact-reports')}</dt>
              <dd>{reportsText(issue.reports_count)}</dd>
              <dt>{t('issue-fact-first-reported')}</dt>
              <dd>
                <time dateTime={issue.first_reported_at}>{formatAge(issue.first_reported_at)}</time>
              </dd>
              <dt>{t('issue-fact-latest-report')}</dt>
              <dd>
                <time dateTime={issue.last_reported_at}>{formatAge(issue.last_reported_at)}</time>
              </dd>
            </dl>
          </section>
          <Photos photos={issue.photos ?? []} />
          <Timeline issue={issue} />
          <Reports issue={issue} canErase={!!n?.viewer.can_manage} onErased={changed} />
        </div>
      </div>
      <DiscussionPanel kind="issue" subjectId={issue.id} neighbourhoodId={issue.neighbourhood_id} />
    </Page>
  );
}
