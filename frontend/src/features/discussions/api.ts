/**
 * Discussions and moderation: the shapes and typed calls of the "Discussions and moderation"
 * section of docs/api.md, on the app's one ApiClient (like tasks.ts).
 */
import type { ApiClient } from '../../api/client';
import { api } from '../../api/index';
import type { Page, PageParams, Schema, Uuid } from '../../api/types';

// Aliases of the server's schemas (schema.d.ts).

export type ThreadSubject = Schema<'SubjectType'>;
export type PostStatus = Schema<'PostStatus'>;

/** The fixed set of reactions, in the order they are shown. */
export const REACTIONS = ['👍', '❤️', '🎉', '😮', '🙏'] as const;
export type Reaction = (typeof REACTIONS)[number];

export type Thread = Schema<'ThreadView'>;

export type ThreadDetail = Schema<'ThreadDetail'>;

export type ReactionCount = Schema<'ReactionCount'>;

/** `body_html` is sanitised on the server; null for deleted posts and for hidden ones (except to moderators and the author). */
export type Post = Schema<'PostView'>;

export type Revision = Schema<'RevisionView'>;

export type Discussion = Schema<'Discussion'>;

export type MentionCandidate = Schema<'MentionCandidate'>;

export type Preview = Schema<'Preview'>;

export type FlagView = Schema<'FlagView'>;

export type QueuedPost = Schema<'QueuedPost'>;

export type LogEntry = Schema<'LogEntry'>;

export type NewPost = Schema<'NewPost'>;

const id = encodeURIComponent;

export function createDiscussionsApi(client: ApiClient) {
  const neighbourhood = (nid: Uuid) => `/neighbourhoods/${id(nid)}`;
  const thread = (tid: Uuid) => `/threads/${id(tid)}`;
  const post = (pid: Uuid) => `/posts/${id(pid)}`;
  const subject = (kind: 'issue' | 'task', sid: Uuid) =>
    `/${kind === 'issue' ? 'issues' : 'tasks'}/${id(sid)}/discussion`;

  return {
    threads: (
      nid: Uuid,
      { cursor, limit, subject: s }: PageParams & { subject?: ThreadSubject } = {},
      signal?: AbortSignal,
    ) =>
      client.request<Page<Thread>>(`${neighbourhood(nid)}/threads`, {
        query: { cursor, limit, subject: s },
        signal,
      }),
    createThread: (nid: Uuid, body: Schema<'NewThread'>) =>
      client.request<ThreadDetail>(`${neighbourhood(nid)}/threads`, { method: 'POST', body }),
    thread: (tid: Uuid, signal?: AbortSignal) => client.request<ThreadDetail>(thread(tid), { signal }),
    changeThread: (tid: Uuid, body: Schema<'ThreadChange'>) =>
      client.request<ThreadDetail>(thread(tid), { method: 'PATCH', body }),
    posts: (
      tid: Uuid,
      { cursor, limit, after_seq }: PageParams & { after_seq?: number } = {},
      signal?: AbortSignal,
    ) => client.request<Page<Post>>(`${thread(tid)}/posts`, { query: { cursor, limit, after_seq }, signal }),
    createPost: (tid: Uuid, body: NewPost) =>
      client.request<Post>(`${thread(tid)}/posts`, { method: 'POST', body }),
    markRead: (tid: Uuid, seq: number) =>
      client.request<Thread>(`${thread(tid)}/read`, { method: 'PUT', body: { seq } }),
    editPost: (pid: Uuid, body: string) =>
      client.request<Post>(post(pid), { method: 'PATCH', body: { body } }),
    deletePost: (pid: Uuid) => client.request<Post>(post(pid), { method: 'DELETE' }),
    revisions: (pid: Uuid, signal?: AbortSignal) =>
      client.request<Revision[]>(`${post(pid)}/revisions`, { signal }),
    react: (pid: Uuid, reaction: string) =>
      client.request<Post>(`${post(pid)}/reactions`, { method: 'POST', body: { reaction } }),
    flag: (pid: Uuid, reason: string) =>
      client.request<Schema<'FlagOutcome'>>(`${post(pid)}/flags`, {
        method: 'POST',
        body: { reason },
      }),
    hide: (pid: Uuid, reason: string) =>
      client.request<Post>(`${post(pid)}/hide`, { method: 'POST', body: { reason } }),
    restore: (pid: Uuid, reason?: string) =>
      client.request<Post>(`${post(pid)}/restore`, { method: 'POST', body: { reason: reason || null } }),
    queue: (nid: Uuid, page: PageParams = {}, signal?: AbortSignal) =>
      client.request<Page<QueuedPost>>(`${neighbourhood(nid)}/moderation/queue`, {
        query: { ...page },
        signal,
      }),
    log: (nid: Uuid, page: PageParams = {}, signal?: AbortSignal) =>
      client.request<Page<LogEntry>>(`${neighbourhood(nid)}/moderation/log`, { query: { ...page }, signal }),
    preview: (nid: Uuid, body: string) =>
      client.request<Preview>(`${neighbourhood(nid)}/preview`, { method: 'POST', body: { body } }),
    mentions: (nid: Uuid, q: string, signal?: AbortSignal) =>
      client.request<MentionCandidate[]>(`${neighbourhood(nid)}/mentions`, { query: { q }, signal }),
    discussion: (kind: 'issue' | 'task', sid: Uuid, signal?: AbortSignal) =>
      client.request<Discussion>(subject(kind, sid), { signal }),
    postToDiscussion: (kind: 'issue' | 'task', sid: Uuid, body: NewPost) =>
      client.request<Post>(subject(kind, sid), { method: 'POST', body }),
  };
}

export type DiscussionsApi = ReturnType<typeof createDiscussionsApi>;

export const discussionsApi = createDiscussionsApi(api.client);
