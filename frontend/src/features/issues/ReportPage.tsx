import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { api, isApiError, type Category, type NearbyIssue, type Neighbourhood } from '../../api';
import { Page } from '../../components/Page';
import { ErrorAlert } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { CheckboxField, FileField, SelectField, TextArea, TextField } from '../../components/fields';
import { QuestionFields } from './QuestionFields';
import {
  assistedLabels,
  AssistedReporterFields,
  NO_NEIGHBOUR,
  checkAssisted,
} from './AssistedReporterFields';
import { PlaceBox } from '../places/PlaceBox';
import { PhotoPicks } from './PhotoPicks';
import { answerField, checkAnswers, questionLabels, type AnswerDrafts } from './questions';
import { IssueSummary } from './IssueList';
import { useAction } from '../../hooks/useAction';
import { useFormValues } from '../../hooks/useFormValues';
import { useResource } from '../../hooks/useResource';
import { useSession } from '../../session/session';
import { currentPosition, roundCoordinate } from '../../lib/geo';
import { formatDistance } from '../../lib/format';
import {
  ISSUE_ADDRESS_MAX,
  ISSUE_DESCRIPTION_MAX,
  validateReport,
  type CheckedReport,
  type ReportDraft,
} from './logic';
import { signInHref } from '../../lib/nextPath';
import { PHOTO_ACCEPT, checkPhotos, megabytes, photoLimits, rememberPhotoFailures } from './photos';
import { useClientConfig } from '../../lib/clientConfig';
import {
  deliver,
  discardDraft,
  enqueue,
  fromStoredPhoto,
  isEmptyDraft,
  loadDraft,
  newReportKey,
  saveDraft,
  toStoredPhoto,
} from './offline';
import { useDraftRestore } from './useDraftRestore';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

/** The form's labels, in the language active when the form is drawn. */
const reportLabels = () => ({
  category_id: t('report-label-category'),
  lat: t('report-label-latitude'),
  lon: t('report-label-longitude'),
  address: t('report-label-address'),
  description: t('report-label-description'),
  photos: t('report-label-photos'),
});
const FIELDS = ['category_id', 'lat', 'lon', 'address', 'description', 'photos'];
/** Server field paths that map onto this form's inputs. */
const ALIASES = { location: 'lat', 'location.lat': 'lat', 'location.lon': 'lon' };

const emptyDraft: ReportDraft = { category_id: '', lat: '', lon: '', address: '', description: '' };

/** Categories grouped as the organisation groups them ("Roads", "Waste"), for optgroups. */
function byGroup(categories: Category[]): [string, Category[]][] {
  const groups = new Map<string, Category[]>();
  for (const c of categories) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups.entries()];
}

/** Where the report goes afterwards: the issue page, told whether it joined an existing issue. */
export const issueHrefAfterReport = (
  issueId: string,
  pooled: boolean,
  photosFailed = 0,
  placeNotFound = false,
) =>
  `/issues/${issueId}?reported=${pooled ? 'joined' : 'new'}${photosFailed > 0 ? `&photos_failed=${photosFailed}` : ''}${placeNotFound ? '&place=not_found' : ''}`;

/** "Is it one of these?": existing issues near the point, each of which the report can join. */
export function PoolingStep({
  suggestions,
  busy,
  onJoin,
  onSomethingElse,
  onBack,
}: {
  suggestions: NearbyIssue[];
  busy: boolean;
  onJoin: (issue: NearbyIssue) => void;
  onSomethingElse: () => void;
  onBack: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="pool-heading" class="pooling">
      <h2 id="pool-heading" tabIndex={-1} ref={heading}>
        {t('report-pool-heading')}
      </h2>
      <p>{t('report-pool-intro', { count: suggestions.length })}</p>
      <ul class="issue-list">
        {suggestions.map((issue) => (
          <li key={issue.id} class="issue-summary">
            <IssueSummary issue={issue} extra={formatDistance(issue.distance_m)} />
            <button type="button" class="button--small" disabled={busy} onClick={() => onJoin(issue)}>
              {t('report-pool-join')}
              <span class="visually-hidden">
                {' '}
                {t('report-pool-join-which', {
                  category: issue.category.name,
                  distance: formatDistance(issue.distance_m),
                })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" disabled={busy} onClick={onSomethingElse}>
          {busy ? t('report-sending') : t('report-pool-something-else')}
        </button>
        <button type="button" class="button--quiet" disabled={busy} onClick={onBack}>
          {t('report-pool-back')}
        </button>
      </div>
    </section>
  );
}

/** What the resident is told when the report went into the offline queue. */
export const queuedMessage = () => t('report-queued');

function ReportForm({
  neighbourhood: n,
  categories,
  userId,
}: {
  neighbourhood: Neighbourhood;
  categories: Category[];
  userId: string;
}) {
  const { route } = useLocation();
  const { values, setValues, set } = useFormValues(emptyDraft);
  const [showName, setShowName] = useState(false);
  // The key the report is sent with; kept in the draft, so a reload mid-send reuses it.
  const [key, setKey] = useState(newReportKey);
  const [queued, setQueued] = useState(false);
  // The label of the place picked in the address box, whose point fills latitude and longitude.
  const pickedFrom = useRef<string | null>(null);
  const [locating, setLocating] = useState(false);
  const [pooling, setPooling] = useState<{ report: CheckedReport; suggestions: NearbyIssue[] } | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [answers, setAnswers] = useState<AnswerDrafts>({});
  // A neighbour reported for: not kept in the draft, so their details stay off the device.
  const [assisted, setAssisted] = useState(NO_NEIGHBOUR);
  // What a report may carry, as the server says (its own defaults until the configuration loads).
  const { config } = useClientConfig();
  const limits = photoLimits(config);
  // The chosen category's own questions ("Where is it?"), asked as Open311 asks them.
  const questions = categories.find((c) => c.id === values.category_id)?.attributes ?? [];
  const LABELS = reportLabels();
  const ASSISTED = assistedLabels();
  const labels = { ...LABELS, ...ASSISTED, ...questionLabels(questions) };
  const fields = [...FIELDS, ...Object.keys(ASSISTED), ...questions.map((q) => answerField(q.code))];

  /** Photos chosen now join those chosen before (a second pick adds, it does not replace). */
  const setPhotoList = (next: File[]) => {
    setPhotos(next);
    const problem = checkPhotos(next, limits);
    setPhotoError(problem);
    const { photos: _old, ...fields } = sending.feedback.fields;
    sending.invalid({ ...sending.feedback, fields: problem ? { ...fields, photos: problem } : fields });
  };
  const choosePhotos = (files: File[]) => setPhotoList([...photos, ...files]);

  // The form as it stands is kept on the device, so a reload (or a phone that drops the tab)
  // does not lose it; a kept one is put back when the form opens.
  const draft = useDraftRestore({
    load: async () => {
      const kept = await loadDraft(userId, n.id);
      return kept && !isEmptyDraft(kept) ? kept : undefined;
    },
    restore: (kept) => {
      setKey(kept.key);
      setValues(kept.values);
      setAnswers(kept.answers);
      setShowName(kept.showName);
      setPhotos(kept.photos.map(fromStoredPhoto));
    },
    save: () => {
      const current = {
        key,
        values,
        answers,
        showName,
        photos: photos.map(toStoredPhoto),
        savedAt: Date.now(),
      };
      return isEmptyDraft(current) ? discardDraft(userId, n.id) : saveDraft(userId, n.id, current);
    },
    deps: [key, values, answers, showName, photos],
  });
  const discard = () => {
    draft.dismiss();
    void draft.run(() => discardDraft(userId, n.id));
    setKey(newReportKey());
    setValues(emptyDraft);
    setAnswers({});
    setShowName(false);
    setAssisted(NO_NEIGHBOUR);
    setPhotos([]);
  };

  /**
   * Sends the report (into the issue chosen, if any), or first looks for open issues nearby that it
   * may be about (`suggest`): answers where to go, or the suggestions to offer. One busy form.
   */
  const sending = useAction(
    async (
      report: CheckedReport,
      step: { suggest: true } | { issueId?: string },
    ): Promise<{ href: string } | { suggestions: NearbyIssue[] } | { queued: true }> => {
      if ('suggest' in step && report.location) {
        let suggestions: NearbyIssue[] = [];
        try {
          suggestions = await api.neighbourhoods.nearbyIssues(n.id, {
            ...report.location,
            category: report.category_id,
          });
        } catch {
          // Suggestions are a courtesy: without them the server still pools reports of one problem.
        }
        if (suggestions.length > 0) return { suggestions };
      }
      const issueId = 'issueId' in step ? step.issueId : undefined;
      const checked = checkAnswers(questions, answers);
      const forNeighbour = checkAssisted(assisted);
      // Queued first, then sent: if the connection is gone (or goes mid-way) it stays queued and
      // is sent, with the same key, once the connection is back (see OfflineQueue).
      const item = {
        key,
        userId,
        neighbourhoodId: n.id,
        request: {
          ...report,
          answers: checked.ok ? checked.value : {},
          show_name: showName,
          ...(issueId ? { issue_id: issueId } : {}),
          ...(forNeighbour.ok && forNeighbour.value ? { on_behalf_of: forNeighbour.value } : {}),
        },
        photos: photos.map(toStoredPhoto),
        photosDone: 0,
        photoFailures: [],
        queuedAt: Date.now(),
      };
      const kept = await enqueue(item).then(
        () => true,
        () => false,
      );
      const delivery = await deliver(api, item, { onProgress: setUploading });
      if (delivery.status === 'refused') throw delivery.error;
      // Nowhere to keep it (no IndexedDB): say what went wrong instead of "saved".
      if (delivery.status === 'waiting' && !kept) throw delivery.error;
      // Sent or queued, the draft has done its job.
      await draft.stop();
      await discardDraft(userId, n.id).catch(() => undefined);
      if (delivery.status === 'waiting') return { queued: true };
      // The report stands even if a photo fails: the issue page says which ones did not make it.
      const failures = delivery.photoFailures;
      if (failures.length > 0) rememberPhotoFailures(delivery.issueId, failures);
      return {
        href: issueHrefAfterReport(
          delivery.issueId,
          delivery.pooled,
          failures.length,
          delivery.placeNotFound,
        ),
      };
    },
    {
      fields,
      aliases: ALIASES,
      onSuccess: (next, report) => {
        setUploading(null);
        if ('href' in next) route(next.href);
        else if ('queued' in next) {
          setPooling(null);
          setQueued(true);
        } else setPooling({ report, suggestions: next.suggestions });
      },
      onError: () => {
        setUploading(null);
        setPooling(null);
      },
    },
  );
  const { busy, feedback } = sending;
  const send = (report: CheckedReport, issueId?: string) => void sending.run(report, { issueId });

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const checked = validateReport(values);
    const answered = checkAnswers(questions, answers);
    const photoProblem = checkPhotos(photos, limits);
    const forNeighbour = checkAssisted(assisted);
    if (!checked.ok || !answered.ok || photoProblem || !forNeighbour.ok) {
      return sending.invalid({
        ...(checked.ok ? {} : checked.errors),
        ...(answered.ok ? {} : answered.errors),
        ...(forNeighbour.ok ? {} : forNeighbour.errors),
        ...(photoProblem ? { photos: photoProblem } : {}),
      });
    }
    void sending.run(checked.value, { suggest: true });
  };

  const useMyLocation = async () => {
    setLocating(true);
    try {
      const here = await currentPosition();
      setValues((v) => ({
        ...v,
        lat: String(roundCoordinate(here.lat)),
        lon: String(roundCoordinate(here.lon)),
      }));
    } catch (error) {
      sending.invalid((error as Error).message);
    } finally {
      setLocating(false);
    }
  };

  if (queued) {
    return (
      <div class="notice" role="status">
        <p>{queuedMessage()}</p>
        <p>
          {t('report-queued-told')}{' '}
          <a href={`/neighbourhoods/${n.id}`}>{t('report-back-to', { name: n.name })}</a>
        </p>
      </div>
    );
  }

  if (pooling) {
    return (
      <PoolingStep
        suggestions={pooling.suggestions}
        busy={busy}
        onJoin={(issue) => send(pooling.report, issue.id)}
        onSomethingElse={() => send(pooling.report)}
        onBack={() => setPooling(null)}
      />
    );
  }

  const f = feedback.fields;
  const length = values.description.trim().length;
  return (
    <form class="form" onSubmit={onSubmit} noValidate>
      {draft.restored && (
        <div class="notice" role="status">
          <p>{t('report-draft-restored')}</p>
          <button type="button" class="button--small button--quiet" onClick={discard}>
            {t('report-draft-discard')}
            <span class="visually-hidden"> {t('report-draft-discard-which')}</span>
          </button>
        </div>
      )}
      <FormAlert feedback={feedback} labels={labels} />
      <SelectField
        name="category_id"
        label={LABELS.category_id}
        required
        value={values.category_id}
        onValue={(id) => {
          set('category_id')(id);
          // Another category asks other questions.
          setAnswers({});
        }}
        error={f.category_id}
      >
        <option value="">{t('report-choose-category')}</option>
        {byGroup(categories).map(([group, items]) => (
          <optgroup key={group} label={group || t('report-category-group-other')}>
            {items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <QuestionFields
        questions={questions}
        answers={answers}
        onAnswer={(code, value) => setAnswers((current) => ({ ...current, [code]: value }))}
        errors={f}
        answerMaxChars={config?.report_limits.answer_chars}
      />
      <fieldset class="field">
        <legend>{t('report-location-legend')}</legend>
        <p class="hint">{t('report-location-hint', { name: n.name })}</p>
        <div class="field-row">
          <TextField
            name="lat"
            label={LABELS.lat}
            inputMode="decimal"
            value={values.lat}
            onValue={set('lat')}
            error={f.lat}
          />
          <TextField
            name="lon"
            label={LABELS.lon}
            inputMode="decimal"
            value={values.lon}
            onValue={set('lon')}
            error={f.lon}
          />
        </div>
        <button type="button" class="button--quiet" onClick={useMyLocation} disabled={locating}>
          {locating ? t('report-finding-you') : t('report-use-my-location')}
        </button>
        <PlaceBox
          name="address"
          label={LABELS.address}
          hint={t('report-address-hint')}
          maxLength={ISSUE_ADDRESS_MAX}
          near={n.center}
          value={values.address}
          onValue={(address) =>
            // A point taken from a picked match no longer holds once the address is changed.
            setValues((v) =>
              v.address === pickedFrom.current && address !== pickedFrom.current
                ? { ...v, address, lat: '', lon: '' }
                : { ...v, address },
            )
          }
          onPick={(match) => {
            pickedFrom.current = match.label;
            setValues((v) => ({
              ...v,
              address: match.label,
              lat: String(roundCoordinate(match.lat)),
              lon: String(roundCoordinate(match.lon)),
            }));
          }}
          error={f.address}
        />
      </fieldset>
      <TextArea
        name="description"
        label={LABELS.description}
        hint={
          <>
            {t('report-description-hint')}{' '}
            <span class="char-count">
              {t('report-description-count', { count: String(length), max: String(ISSUE_DESCRIPTION_MAX) })}
            </span>
          </>
        }
        rows={6}
        maxLength={ISSUE_DESCRIPTION_MAX}
        required
        value={values.description}
        onValue={set('description')}
        error={f.description}
      />
      <FileField
        name="photos"
        label={LABELS.photos}
        hint={t('report-photos-hint', { count: limits.count, size: megabytes(limits.bytes) })}
        accept={PHOTO_ACCEPT}
        multiple
        onFiles={choosePhotos}
        error={f.photos ?? photoError ?? undefined}
      />
      <PhotoPicks photos={photos} onRemove={(index) => setPhotoList(photos.filter((_, i) => i !== index))} />
      <CheckboxField
        name="show_name"
        label={t('report-show-name')}
        hint={t('report-show-name-hint')}
        checked={showName}
        onChecked={setShowName}
      />
      <AssistedReporterFields draft={assisted} onChange={setAssisted} errors={f} />
      <button type="submit" disabled={busy}>
        {busy ? (uploading ?? t('report-checking')) : t('report-continue')}
      </button>
      <p class="visually-hidden" role="status">
        {uploading ?? ''}
      </p>
    </form>
  );
}

export function ReportPage() {
  const { params } = useRoute();
  const { path } = useLocation();
  const id = params.id ?? '';
  const { state, me } = useSession();
  const key = state.status === 'signed-in' ? `${id}:${me?.id ?? ''}` : null;
  const neighbourhood = useResource(key, (signal) => api.neighbourhoods.get(id, signal));
  const categories = useResource(key, (signal) => api.neighbourhoods.categories(id, signal));
  const n = neighbourhood.data?.id === id ? neighbourhood.data : undefined;

  if (state.status === 'loading')
    return <Page title={t('report-page-title')}>{<p>{t('report-checking-session')}</p>}</Page>;
  if (state.status === 'signed-out') {
    return (
      <Page title={t('report-page-title')}>
        <p>
          <Markup
            id="report-sign-in"
            elements={{
              signin: <a href={signInHref(path)} />,
              signup: <a href={signInHref(path, '/signup')} />,
            }}
          />
        </p>
      </Page>
    );
  }
  if (!n) {
    const notFound = isApiError(neighbourhood.error) && [400, 404].includes(neighbourhood.error.status);
    return (
      <Page title={notFound ? t('report-neighbourhood-not-found') : t('report-page-title')}>
        {notFound ? (
          <p>
            <Markup
              id="report-neighbourhood-not-found-body"
              elements={{ browse: <a href="/neighbourhoods" /> }}
            />
          </p>
        ) : neighbourhood.error ? (
          <ErrorAlert error={neighbourhood.error} />
        ) : (
          <p>{t('report-loading')}</p>
        )}
      </Page>
    );
  }

  const back = (
    <p class="actions">
      <a href={`/neighbourhoods/${n.id}`}>{t('report-back-to', { name: n.name })}</a>
    </p>
  );
  let body;
  if (n.viewer.membership?.status !== 'active') {
    body = <p>{t('report-members-only', { name: n.name })}</p>;
  } else if (categories.error) {
    body = <ErrorAlert error={categories.error} />;
  } else if (!categories.data) {
    body = <p>{t('report-loading-categories')}</p>;
  } else if (categories.data.length === 0) {
    body = <p>{t('report-no-service', { name: n.name })}</p>;
  } else {
    body = (
      <>
        <p>{t('report-intro', { name: n.name })}</p>
        <ReportForm neighbourhood={n} categories={categories.data} userId={me?.id ?? ''} />
      </>
    );
  }
  return (
    <Page title={t('report-page-title-in', { name: n.name })}>
      {back}
      {body}
    </Page>
  );
}
