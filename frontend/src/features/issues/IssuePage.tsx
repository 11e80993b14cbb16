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

const when = (rfc3339: string) => `${formatDate(rfc3339)} ${formatTime(rfc3339)}`;

/** What the reporter is told after filing, from the `reported` query parameter. */
function reportedMessage(reported: string | undefined, issue: IssueDetail): string | null {
  if (reported === 'joined') {
    const others = issue.supporters_count;
    return `Thank you. Your report joined a shared issue: you’re one of ${others} ${others === 1 ? 'neighbour' : 'neighbours'} reporting this.`;
  }
  if (reported === 'new') {
    return 'Thank you. Your report started a new shared issue; neighbours who report the same problem will join it.';
  }
  return null;
}

/** Told after filing a report whose address could not be put on the map. */
export function placeNotFoundMessage(issue: IssueDetail): string {
  const typed = issue.address ? `“${issue.address}”` : 'the address you gave';
  return `We could not find ${typed} on the map, so your report is filed without a point. The neighbourhood’s coordinators will place it; neighbours reporting the same problem may not be offered yours until then.`;
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
    onSuccess: () => onSupported('Thank you. You’re counted among the neighbours affected.'),
  });
  const support = () => void run();

  let body;
  if (issue.supported_by_me) {
    body = (
      <p>
        <strong>You’re affected.</strong> You will hear when its status changes.
      </p>
    );
  } else if (!me) {
    body = (
      <p>
        <a href={signInHref(path)}>Sign in</a> to say this affects you too.
      </p>
    );
  } else if (!isActiveStatus(issue.status)) {
    body = <p>This issue is {issueStatusLabel[issue.status].toLowerCase()}.</p>;
  } else if (n?.viewer.membership?.status === 'active') {
    body = (
      <>
        <p>Does this problem affect you too? Saying so adds you to the count, without writing a report.</p>
        <button type="button" onClick={support} disabled={busy}>
          {busy ? 'Saving…' : 'Affects me too'}
        </button>
      </>
    );
  } else if (n) {
    body = (
      <p>
        Members of <a href={`/neighbourhoods/${n.id}`}>{n.name}</a> can say this affects them too.
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
        onReopened('Thank you. The issue is open again, and the people handling it are told.');
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
      <h2 id="reopen-heading">Still a problem?</h2>
      <form class="form" onSubmit={onSubmit} noValidate>
        <FormAlert feedback={feedback} labels={{ reopen_note: 'What is still wrong' }} />
        <TextArea
          name="reopen_note"
          label="What is still wrong (optional)"
          rows={3}
          maxLength={STATUS_NOTE_MAX}
          value={note}
          onValue={setNote}
          error={feedback.fields.reopen_note}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'It’s still a problem'}
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
  const labels = { place: 'Where is it?' };
  const place = useAction((at: PlaceMatch) => api.issues.place(issue.id, { lat: at.lat, lon: at.lon }), {
    fields: ['place'],
    aliases: { location: 'place', 'location.lat': 'place', 'location.lon': 'place' },
    onSuccess: (placed) => onPlaced(`Placed ${placed.place ?? 'on the map'}.`),
  });
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!point) return place.invalid({ place: 'Type the address and pick it from the list.' });
    void place.run(point);
  };
  return (
    <section class="panel" aria-labelledby="place-heading">
      <h2 id="place-heading">Place not found</h2>
      <p class="meta">
        The address given could not be put on the map. Find it, and the issue is placed there.
      </p>
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
          {place.busy ? 'Placing…' : 'Put it here'}
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
  const labels = { into: 'Merge into', merge_note: 'Public note about the merge' };
  const merge = useAction((body: { into: string; note: string }) => api.issues.merge(issue.id, body), {
    fields: Object.keys(labels),
    aliases: { note: 'merge_note' },
    onSuccess: (target) =>
      onMerged(`Merged. Its reports and supporters are now part of issue ${target.category.name}.`),
  });
  const { busy, feedback } = merge;
  const radius = useClientConfig().config?.suggest_radius_m ?? 150;

  if (!location || !isActiveStatus(issue.status)) return null;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const trimmed = note.trim();
    if (!trimmed) return merge.invalid({ merge_note: 'Say why these are the same problem.' });
    void merge.run({ into: chosen, note: trimmed });
  };

  return (
    <section class="panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Same problem as another issue?</h2>
      {others.length === 0 ? (
        <p class="meta">
          {candidates.loading
            ? 'Looking for issues nearby…'
            : `No other open issue within ${radius} m to merge with.`}
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
                {c.category.name}, {formatDistance(c.distance_m)}, {affectedText(c.supporters_count)}
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
            {busy ? 'Merging…' : 'Merge into the chosen issue'}
          </button>
        </form>
      )}
    </section>
  );
}

const STATUS_LABELS = { status: 'New status', note: 'Public note' };

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
      fields: Object.keys(STATUS_LABELS),
      onSuccess: (changed) => {
        setNote('');
        onChanged(
          `Status changed to ${issueStatusLabel[changed.status].toLowerCase()}. Supporters are told.`,
          changed.status,
        );
      },
    },
  );
  const { busy, feedback } = change;
  // After a change elsewhere the choices change too: keep the selection valid.
  const chosen = options.includes(status as IssueStatus) ? status : (options[0] ?? '');

  if (options.length === 0) return null;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const trimmed = note.trim();
    if (!trimmed) return change.invalid({ note: 'Write a note for the neighbours.' });
    void change.run({ status: chosen as IssueStatus, note: trimmed });
  };

  return (
    <section class="panel" aria-labelledby="status-form-heading">
      <h2 id="status-form-heading">Update the status</h2>
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
          hint="Everyone can read it, and every supporter is told. Say what happens next."
          rows={4}
          maxLength={STATUS_NOTE_MAX}
          required
          value={note}
          onValue={setNote}
          error={feedback.fields.note}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Update status'}
        </button>
      </form>
    </section>
  );
}

function Timeline({ issue }: { issue: IssueDetail }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Updates</h2>
      {issue.timeline.length === 0 ? (
        <p>No updates from the public service or coordinators yet.</p>
      ) : (
        <ol class="timeline">
          {issue.timeline.map((entry, index) => (
            <li key={`${entry.at}:${index}`}>
              <IssueStatusBadge status={entry.status} />{' '}
              <time class="meta" dateTime={entry.at}>
                {when(entry.at)}
              </time>
              {entry.note && <p class="prose">{entry.note}</p>}
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
          {failed ? `${label} (could not be loaded)` : `${label} (loading…)`}
        </span>
      )}
      <span class="visually-hidden"> (opens the full photo in a new tab)</span>
    </a>
  );
}

export function Photos({ photos }: { photos: Photo[] }) {
  const [error, setError] = useState<unknown>(null);
  if (photos.length === 0) return null;
  return (
    <section aria-labelledby="photos-heading">
      <h2 id="photos-heading">Photos</h2>
      <ErrorAlert error={error} />
      <ul class="photo-list">
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <PhotoThumbnail
              photo={photo}
              label={`Photo ${index + 1} of ${photos.length} reported for this issue`}
              onError={setError}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Reports({ issue }: { issue: IssueDetail }) {
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">Reports ({issue.reports_count})</h2>
      <ul class="issue-list">
        {issue.reports.map((r) => (
          <li key={r.id} class="issue-summary">
            <p class="prose">{r.description}</p>
            {r.answers.length > 0 && (
              <dl class="answers">
                {r.answers.map((a) => (
                  <div key={a.question}>
                    <dt>{a.question}</dt>
                    <dd>{a.datatype === 'datetime' ? formatDateTime(a.answer) : a.answer}</dd>
                  </div>
                ))}
              </dl>
            )}
            <div class="meta">
              <span>{r.reporter_name ? `Reported by ${r.reporter_name}` : 'Name not shown'}</span>
              <time dateTime={r.created_at}>{formatAge(r.created_at)}</time>
            </div>
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
        setAnnouncement('This issue was merged into another report of the same problem.');
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
        setAnnouncement(`This issue is now ${label.toLowerCase()}.${councilSays(note)}`);
      }
    },
  });

  if (!issue) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    return (
      <Page title={notFound ? 'Issue not found' : error ? 'Issue' : 'Loading issue…'}>
        {notFound ? (
          <p>
            This issue does not exist, or it belongs to a private neighbourhood you are not a member of.{' '}
            <a href="/neighbourhoods">Browse neighbourhoods</a>.
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
          Status: <IssueStatusBadge status={issue.status} />
        </span>
        {n && (
          <>
            {' '}
            in <a href={`/neighbourhoods/${n.id}`}>{n.name}</a>
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
          This problem was merged into <a href={`/issues/${issue.duplicate_of}`}>another issue</a>; follow
          that one.
        </p>
      )}
      {issue.status_note && (
        <blockquote class="status-note">
          <p>{issue.status_note}</p>
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
            <h2 id="facts-heading">Details</h2>
            <dl class="facts">
              <dt>Category</dt>
              <dd>{issue.category.name}</dd>
              <dt>Status</dt>
              <dd>{issueStatusLabel[issue.status]}</dd>
              {issue.place && (
                <>
                  <dt>Where</dt>
                  <dd>
                    {issue.place} {placeCredit && <span class="meta attribution">({placeCredit})</span>}
                  </dd>
                </>
              )}
              {issue.address && issue.address !== issue.place && (
                <>
                  <dt>Address given</dt>
                  <dd>{issue.address}</dd>
                </>
              )}
              {issue.place_not_found && (
                <>
                  <dt>Where</dt>
                  <dd>
                    <span class="badge">Place not found</span> not on the map yet
                  </dd>
                </>
              )}
              {issue.location && (
                <>
                  <dt>Location</dt>
                  <dd>
                    {issue.location.lat.toFixed(5)}, {issue.location.lon.toFixed(5)}{' '}
                    <span class="meta">(the middle of its reports)</span>
                  </dd>
                </>
              )}
              <dt>Affected</dt>
              <dd>{affectedText(issue.supporters_count)}</dd>
              <dt>Reports</dt>
              <dd>{reportsText(issue.reports_count)}</dd>
              <dt>First reported</dt>
              <dd>
                <time dateTime={issue.first_reported_at}>{formatAge(issue.first_reported_at)}</time>
              </dd>
              <dt>Latest report</dt>
              <dd>
                <time dateTime={issue.last_reported_at}>{formatAge(issue.last_reported_at)}</time>
              </dd>
            </dl>
          </section>
          <Photos photos={issue.photos ?? []} />
          <Timeline issue={issue} />
          <Reports issue={issue} />
        </div>
      </div>
      <DiscussionPanel kind="issue" subjectId={issue.id} neighbourhoodId={issue.neighbourhood_id} />
    </Page>
  );
}
