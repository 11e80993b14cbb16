/**
 * Discussions and moderation: the shapes and typed calls of the "Discussions and moderation"
 * section of docs/api.md, on the app's one ApiClient (like tasks.ts).
 */
import type { ApiClient } from './client';
import { api } from './index';
import type { Page, PageParams, Timestamp, Uuid } from './types';

export type ThreadSubject = 'general' | 'issue' | 'task';
export type PostStatus = 'visible' | 'hidden' | 'deleted';

/** The fixed set of reactions, in the order they are shown. */
export const REACTIONS = ['👍', '❤️', '🎉', '😮', '🙏'] as const;
export type Reaction = (typeof REACTIONS)[number];

export interface Thread {
  id: Uuid;
  neighbourhood_id: Uuid;
  subject: ThreadSubject;
  subject_id: Uuid | null;
  title: string;
  author_id: Uuid | null;
  author_name: string | null;
  /** Posts that are not deleted. */
  post_count: number;
  /** The newest post's number. */
  last_seq: number;
  locked: boolean;
  pinned: boolean;
  last_activity_at: Timestamp;
  created_at: Timestamp;
  /** Signed-in callers only. */
  last_read_seq: number | null;
  unread_count: number | null;
}

export interface ThreadDetail extends Thread {
  can_post: boolean;
  can_flag: boolean;
  can_moderate: boolean;
}

export interface ReactionCount {
  reaction: string;
  count: number;
  mine: boolean;
}

export interface Post {
  id: Uuid;
  thread_id: Uuid;
  seq: number;
  parent_id: Uuid | null;
  author_id: Uuid | null;
  author_name: string | null;
  status: PostStatus;
  /** Sanitised on the server; null for deleted posts and for hidden ones (except to moderators and the author). */
  body_html: string | null;
  body_source: string | null;
  hidden_reason: string | null;
  edited_at: Timestamp | null;
  created_at: Timestamp;
  reactions: ReactionCount[];
  flagged_by_me: boolean;
  /** Moderators only. */
  flag_count: number | null;
}

export interface Revision {
  id: Uuid;
  body_source: string;
  body_html: string;
  written_at: Timestamp;
  replaced_at: Timestamp;
}

export interface Discussion {
  thread: ThreadDetail | null;
  can_post: boolean;
}

export interface MentionCandidate {
  user_id: Uuid;
  display_name: string;
  /** What follows the `@`. */
  handle: string;
}

export interface Preview {
  html: string;
  mentions: MentionCandidate[];
}

export interface FlagView {
  user_id: Uuid;
  display_name: string | null;
  reason: string;
  created_at: Timestamp;
}

export interface QueuedPost {
  post: Post;
  thread_title: string;
  flags: FlagView[];
}

export interface LogEntry {
  id: Uuid;
  action: string;
  actor_id: Uuid | null;
  actor_name: string | null;
  thread_id: Uuid | null;
  post_id: Uuid | null;
  user_id: Uuid | null;
  user_name: string | null;
  reason: string | null;
  created_at: Timestamp;
}

export interface NewPost {
  body: string;
  parent_id?: Uuid | null;
}

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
    createThread: (nid: Uuid, body: { title: string; body: string }) =>
      client.request<ThreadDetail>(`${neighbourhood(nid)}/threads`, { method: 'POST', body }),
    thread: (tid: Uuid, signal?: AbortSignal) => client.request<ThreadDetail>(thread(tid), { signal }),
    changeThread: (tid: Uuid, body: { locked?: boolean; pinned?: boolean; reason?: string }) =>
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
      client.request<{ flag_count: number; hidden: boolean }>(`${post(pid)}/flags`, {
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
