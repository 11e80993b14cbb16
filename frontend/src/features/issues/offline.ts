import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { isApiError, type Api, type ReportRequest } from '../../api';
import type { ReportDraft } from './logic';
import type { AnswerDrafts } from './questions';
import { photoFailureReason, photoLimits, type PhotoFailure } from './photos';
import { loadClientConfig } from '../../lib/clientConfig';
import { t } from '../../i18n';

/**
 * Reports that outlive the page (see docs/offline.md): the one being written (a *draft*, per
 * person and neighbourhood, photos included as Blobs) and those sent while offline (the *queue*),
 * kept in IndexedDB and sent with their `Idempotency-Key` until the server has them, so a report
 * sent twice (the connection dropped after the server took it) is filed once.
 *
 * Everything is keyed by the signed-in person's id: on a shared phone one person never sees
 * another's draft, and signing out removes the person's drafts and queue (`forgetPerson`).
 */

/** A chosen photo as IndexedDB keeps it (a File's name and type survive as fields). */
export interface StoredPhoto {
  name: string;
  type: string;
  blob: Blob;
}

/** The report form as the resident left it. */
export interface ReportDraftRecord {
  /** The key the report will be sent with: a reload between sending and the answer reuses it. */
  key: string;
  values: ReportDraft;
  answers: AnswerDrafts;
  showName: boolean;
  photos: StoredPhoto[];
  savedAt: number;
}

/** What the server answered once the report itself was filed. */
export interface FiledReport {
  reportId: string;
  issueId: string;
  pooled: boolean;
  /** Filed by address, but the address matched no known place: a coordinator will place it. */
  placeNotFound?: boolean;
}

/** A report waiting to be sent (or part-sent: filed, some photos still to go). */
export interface QueuedReport {
  key: string;
  userId: string;
  neighbourhoodId: string;
  request: ReportRequest;
  photos: StoredPhoto[];
  /** Set once the report is filed; the photos then go one by one. */
  filed?: FiledReport;
  /** How many photos have been sent (or refused) so far. */
  photosDone: number;
  photoFailures: PhotoFailure[];
  queuedAt: number;
}

export type Delivery =
  | ({ status: 'sent'; photoFailures: PhotoFailure[] } & FiledReport)
  /** No connection (or the server is down or busy): it stays queued. */
  | { status: 'waiting'; error: unknown }
  /** The server will not take it as it is (e.g. a field is invalid): it left the queue. */
  | { status: 'refused'; error: unknown };

let defaultStore: UseStore | undefined;
/** The app's one store, opened on first use (module load must not touch IndexedDB). */
export const offlineStore = (): UseStore => (defaultStore ??= createStore('commonground-offline', 'reports'));

const draftKey = (userId: string, neighbourhoodId: string) => `draft/${userId}/${neighbourhoodId}`;
const queueKey = (userId: string, key: string) => `queue/${userId}/${key}`;

export const toStoredPhoto = (file: File): StoredPhoto => ({ name: file.name, type: file.type, blob: file });
export const fromStoredPhoto = (photo: StoredPhoto): File =>
  new File([photo.blob], photo.name, { type: photo.type });

/** Whether a draft holds nothing worth keeping (a fresh form). */
export function isEmptyDraft(draft: Pick<ReportDraftRecord, 'values' | 'answers' | 'photos'>): boolean {
  const anyValue = Object.values(draft.values).some((v) => v.trim() !== '');
  const anyAnswer = Object.values(draft.answers).some((a) =>
    Array.isArray(a) ? a.length > 0 : a.trim() !== '',
  );
  return !anyValue && !anyAnswer && draft.photos.length === 0;
}

// Each is async so that a browser without IndexedDB (jsdom, some private modes), where opening
// the store throws at once, answers a rejected promise like any other failed write.

export const loadDraft = async (userId: string, neighbourhoodId: string, store?: UseStore) =>
  get<ReportDraftRecord>(draftKey(userId, neighbourhoodId), store ?? offlineStore());

export const saveDraft = async (
  userId: string,
  neighbourhoodId: string,
  draft: ReportDraftRecord,
  store?: UseStore,
) => set(draftKey(userId, neighbourhoodId), draft, store ?? offlineStore());

export const discardDraft = async (userId: string, neighbourhoodId: string, store?: UseStore) =>
  del(draftKey(userId, neighbourhoodId), store ?? offlineStore());

export const enqueue = async (item: QueuedReport, store?: UseStore) =>
  set(queueKey(item.userId, item.key), item, store ?? offlineStore());

const dequeue = async (item: QueuedReport, store?: UseStore) =>
  del(queueKey(item.userId, item.key), store ?? offlineStore());

/** This person's queued reports, oldest first. */
export async function queuedReports(userId: string, store?: UseStore): Promise<QueuedReport[]> {
  const prefix = queueKey(userId, '');
  const all = await entries<IDBValidKey, QueuedReport>(store ?? offlineStore());
  return all
    .filter(([key]) => typeof key === 'string' && key.startsWith(prefix))
    .map(([, item]) => item)
    .sort((a, b) => a.queuedAt - b.queuedAt);
}

/** Removes everything this person left on the device (on signing out). */
export async function forgetPerson(userId: string, given?: UseStore): Promise<void> {
  const store = given ?? offlineStore();
  const mine = (await entries(store))
    .map(([key]) => key)
    .filter(
      (key) =>
        typeof key === 'string' && (key.startsWith(`draft/${userId}/`) || key.startsWith(`queue/${userId}/`)),
    );
  await Promise.all(mine.map((key) => del(key, store)));
}

/**
 * Whether a failure is worth trying again later with the same key: no connection, a timeout,
 * the server busy or failing. Anything else (403, 404, 422, …) will be answered the same again.
 */
export function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * A write of progress that may fail without failing the delivery: where IndexedDB is refused
 * (some private browsing) reports are still sent, only not kept.
 */
const quietly = (write: Promise<unknown>) => write.catch(() => undefined);

/** The server's photo limits for a refusal's reason (its defaults when the configuration is out of reach). */
async function currentPhotoLimits(api: Api) {
  try {
    return photoLimits(await loadClientConfig(api));
  } catch {
    return photoLimits(null);
  }
}

/** Keys being sent by this page right now: a flush never sends the same report twice at once. */
const inFlight = new Set<string>();

/**
 * Sends one queued report: the report (if not filed yet), then its photos, each with its own key
 * derived from the report's, saving progress after every step so a reload resumes where it was.
 */
export async function deliver(
  api: Api,
  item: QueuedReport,
  options: { store?: UseStore; onProgress?: (message: string) => void } = {},
): Promise<Delivery> {
  const store = options.store;
  inFlight.add(item.key);
  try {
    let current = item;
    if (!current.filed) {
      const outcome = await api.neighbourhoods.report(current.neighbourhoodId, current.request, current.key);
      current = {
        ...current,
        filed: {
          reportId: outcome.report_id,
          issueId: outcome.issue.id,
          pooled: outcome.pooled,
          placeNotFound: outcome.issue.place_not_found,
        },
      };
      await quietly(enqueue(current, store));
    }
    const filed = current.filed!;
    for (let index = current.photosDone; index < current.photos.length; index++) {
      const photo = current.photos[index]!;
      options.onProgress?.(t('photo-sending', { number: index + 1, count: current.photos.length }));
      const failures = [...current.photoFailures];
      try {
        await api.photos.uploadReportPhoto(filed.reportId, photo.blob, `${current.key}.photo${index}`);
      } catch (error) {
        if (isTransient(error)) throw error;
        // The report stands without it: the issue page says which photos did not make it.
        failures.push({
          name: photo.name || t('photo-unnamed', { number: index + 1 }),
          reason: photoFailureReason(error, await currentPhotoLimits(api)),
        });
      }
      current = { ...current, photosDone: index + 1, photoFailures: failures };
      await quietly(enqueue(current, store));
    }
    await quietly(dequeue(current, store));
    return { status: 'sent', ...filed, photoFailures: current.photoFailures };
  } catch (error) {
    if (isTransient(error)) return { status: 'waiting', error };
    await quietly(dequeue(item, store));
    return { status: 'refused', error };
  } finally {
    inFlight.delete(item.key);
  }
}

export type Delivered = { item: QueuedReport; delivery: Exclude<Delivery, { status: 'waiting' }> };

let flushing: Promise<Delivered[]> | null = null;

/**
 * Sends this person's queue, oldest first, stopping at the first report that must wait (the
 * connection is still gone). One flush at a time per page; the keys make two pages (tabs)
 * sending the same report harmless.
 */
export function flushQueue(api: Api, userId: string, store?: UseStore): Promise<Delivered[]> {
  flushing ??= (async () => {
    const done: Delivered[] = [];
    for (const item of await queuedReports(userId, store)) {
      if (inFlight.has(item.key)) continue;
      const delivery = await deliver(api, item, { store });
      if (delivery.status === 'waiting') break;
      done.push({ item, delivery });
    }
    return done;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** A new key for a report: random, so nobody can guess another's (keys are per person anyway). */
export const newReportKey = (): string => `report-${crypto.randomUUID()}`;
