// @vitest-environment node
// Node's own Blob and structuredClone, with an in-memory IndexedDB (fake-indexeddb implements
// the real API): jsdom's Blob cannot be cloned into IndexedDB.
import 'fake-indexeddb/auto';
import { createStore, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, memoryStore } from '../../api/client';
import { createApi } from '../../api/endpoints';
import { json, problem } from '../../test/http';
import {
  deliver,
  discardDraft,
  enqueue,
  flushQueue,
  forgetPerson,
  fromStoredPhoto,
  isEmptyDraft,
  loadDraft,
  queuedReports,
  saveDraft,
  type QueuedReport,
  type ReportDraftRecord,
} from './offline';

let store: UseStore;
let storeCount = 0;

/**
 * A stand-in for the server at the fetch boundary that honours `Idempotency-Key` as the real one
 * does (one report per key), and can lose the connection before a request or after the server
 * has taken it (the answer is lost on the way back).
 */
function server() {
  const reports = new Map<string, { report_id: string; issue: { id: string }; pooled: boolean }>();
  const photos = new Map<string, { id: string }>();
  const state = { offline: false, loseAnswers: 0, refuse: false, photoRefusals: new Set<number>() };
  let photoIndex = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      if (state.offline) throw new TypeError('Failed to fetch');
      const url = String(input);
      const key = new Headers(init.headers).get('Idempotency-Key') ?? `none-${Math.random()}`;
      let answer: Response;
      if (url.endsWith('/reports')) {
        if (state.refuse) return problem(403, 'Not allowed', { detail: 'Join the neighbourhood first.' });
        if (!reports.has(key)) {
          reports.set(key, {
            report_id: `r${reports.size + 1}`,
            issue: { id: `i${reports.size + 1}` },
            pooled: false,
          });
        }
        answer = json(201, reports.get(key));
      } else {
        if (state.photoRefusals.has(photoIndex++)) return problem(422, 'Not an image');
        if (!photos.has(key)) photos.set(key, { id: `p${photos.size + 1}` });
        answer = json(201, photos.get(key));
      }
      if (state.loseAnswers > 0) {
        state.loseAnswers--;
        throw new TypeError('Failed to fetch');
      }
      return answer;
    }),
  );
  const client = new ApiClient({ storage: memoryStore(), locks: null });
  client.setTokens({ access_token: 'access-1', refresh_token: 'refresh-1' });
  return { api: createApi(client), reports, photos, state };
}

const photo = (name: string) => ({ name, type: 'image/png', blob: new Blob([name], { type: 'image/png' }) });

function queued(key: string, extra: Partial<QueuedReport> = {}): QueuedReport {
  return {
    key,
    userId: 'u1',
    neighbourhoodId: 'n1',
    request: { category_id: 'c1', description: 'Deep pothole', location: { lat: 51.5, lon: -0.1 } },
    photos: [photo('a.png'), photo('b.png')],
    photosDone: 0,
    photoFailures: [],
    queuedAt: Date.now(),
    ...extra,
  };
}

const draft = (description: string): ReportDraftRecord => ({
  key: 'report-1',
  values: { category_id: 'c1', lat: '51.5', lon: '-0.1', address: '', description },
  answers: { where: 'road' },
  showName: false,
  photos: [photo('hole.png')],
  savedAt: 1,
});

beforeEach(() => {
  // A fresh database per test.
  store = createStore(`offline-test-${++storeCount}`, 'reports');
});

describe('drafts', () => {
  it('keeps the form with its photos per person and neighbourhood', async () => {
    await saveDraft('u1', 'n1', draft('Deep pothole'), store);
    const kept = await loadDraft('u1', 'n1', store);
    expect(kept?.values.description).toBe('Deep pothole');
    expect(kept?.answers).toEqual({ where: 'road' });
    const file = fromStoredPhoto(kept!.photos[0]!);
    expect(file.name).toBe('hole.png');
    expect(file.type).toBe('image/png');
    expect(await file.text()).toBe('hole.png');
    // Another person, or another neighbourhood, sees nothing of it.
    expect(await loadDraft('u2', 'n1', store)).toBeUndefined();
    expect(await loadDraft('u1', 'n2', store)).toBeUndefined();
    await discardDraft('u1', 'n1', store);
    expect(await loadDraft('u1', 'n1', store)).toBeUndefined();
  });

  it('counts a fresh form as empty and anything typed, answered or chosen as not', () => {
    const empty = {
      values: { category_id: '', lat: '', lon: '', address: '', description: ' ' },
      answers: {},
      photos: [],
    };
    expect(isEmptyDraft(empty)).toBe(true);
    expect(isEmptyDraft({ ...empty, answers: { where: [] } })).toBe(true);
    expect(isEmptyDraft({ ...empty, answers: { where: ['kerb'] } })).toBe(false);
    expect(isEmptyDraft({ ...empty, photos: [photo('x.png')] })).toBe(false);
    expect(isEmptyDraft({ ...empty, values: { ...empty.values, address: 'Mill Lane' } })).toBe(false);
  });

  it('signing out forgets that person’s drafts and queue, and nobody else’s', async () => {
    await saveDraft('u1', 'n1', draft('mine'), store);
    await enqueue(queued('k1'), store);
    await saveDraft('u2', 'n1', draft('theirs'), store);
    await enqueue(queued('k2', { userId: 'u2' }), store);
    await forgetPerson('u1', store);
    expect(await loadDraft('u1', 'n1', store)).toBeUndefined();
    expect(await queuedReports('u1', store)).toEqual([]);
    expect((await loadDraft('u2', 'n1', store))?.values.description).toBe('theirs');
    expect((await queuedReports('u2', store)).map((q) => q.key)).toEqual(['k2']);
  });
});

describe('the queue', () => {
  it('waits while offline, then sends the report and its photos once', async () => {
    const { api, reports, photos, state } = server();
    await enqueue(queued('k1'), store);
    state.offline = true;
    expect(await flushQueue(api, 'u1', store)).toEqual([]);
    expect(await queuedReports('u1', store)).toHaveLength(1);

    state.offline = false;
    const done = await flushQueue(api, 'u1', store);
    expect(done).toHaveLength(1);
    expect(done[0]!.delivery).toMatchObject({
      status: 'sent',
      reportId: 'r1',
      issueId: 'i1',
      photoFailures: [],
    });
    expect(reports.size).toBe(1);
    expect(photos.size).toBe(2);
    expect(await queuedReports('u1', store)).toEqual([]);
    // Nothing left to send a second time.
    expect(await flushQueue(api, 'u1', store)).toEqual([]);
    expect(reports.size).toBe(1);
  });

  it('files once when the answer was lost after the server took the report', async () => {
    const { api, reports, photos, state } = server();
    const item = queued('k1');
    await enqueue(item, store);
    state.loseAnswers = 1;
    expect((await deliver(api, item, { store })).status).toBe('waiting');
    expect(reports.size).toBe(1); // the server has it, the phone does not know
    const done = await flushQueue(api, 'u1', store);
    expect(done[0]!.delivery.status).toBe('sent');
    expect(reports.size).toBe(1);
    expect(photos.size).toBe(2);
  });

  it('resumes with the photos left when the connection went between them', async () => {
    const { api, photos, state } = server();
    const item = queued('k1');
    await enqueue(item, store);
    const fetch = globalThis.fetch as ReturnType<typeof vi.fn>;
    const real = fetch.getMockImplementation()!;
    // The report and the first photo go; then the connection drops.
    let calls = 0;
    fetch.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (++calls > 2) throw new TypeError('Failed to fetch');
      return real(input, init);
    });
    expect((await deliver(api, item, { store })).status).toBe('waiting');
    const [left] = await queuedReports('u1', store);
    expect(left).toMatchObject({ photosDone: 1, filed: { reportId: 'r1' } });
    fetch.mockImplementation(real);
    state.offline = false;
    await flushQueue(api, 'u1', store);
    expect(photos.size).toBe(2);
    const keys = [...photos.keys()];
    expect(keys).toEqual(['k1.photo0', 'k1.photo1']);
  });

  it('takes a refused report out of the queue, and names refused photos', async () => {
    const { api, state } = server();
    state.photoRefusals.add(1);
    await enqueue(queued('k1', { queuedAt: 1 }), store);
    const done = await flushQueue(api, 'u1', store);
    expect(done[0]!.delivery).toMatchObject({
      status: 'sent',
      photoFailures: [{ name: 'b.png', reason: 'it is not a JPEG, PNG or WebP image' }],
    });

    state.refuse = true;
    await enqueue(queued('k2'), store);
    const refused = await flushQueue(api, 'u1', store);
    expect(refused[0]!.delivery.status).toBe('refused');
    expect(await queuedReports('u1', store)).toEqual([]);
  });

  it('sends oldest first and only the signed-in person’s', async () => {
    const { api, reports } = server();
    await enqueue(queued('later', { queuedAt: 2 }), store);
    await enqueue(queued('earlier', { queuedAt: 1 }), store);
    await enqueue(queued('someone-else', { userId: 'u2' }), store);
    const done = await flushQueue(api, 'u1', store);
    expect(done.map((d) => d.item.key)).toEqual(['earlier', 'later']);
    expect([...reports.keys()]).toEqual(['earlier', 'later']);
    expect(await queuedReports('u2', store)).toHaveLength(1);
  });
});
