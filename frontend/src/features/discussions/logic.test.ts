import { describe, expect, it } from 'vitest';
import {
  checkBody,
  checkReason,
  checkTitle,
  describeLogEntry,
  insertMention,
  isDiscussionEvent,
  mentionQueryAt,
  newPostsLabel,
} from './logic';
import type { LogEntry } from './api';

describe('mention completion', () => {
  it('finds the @word being typed at the caret', () => {
    expect(mentionQueryAt('Hi @an', 6)).toEqual({ start: 3, query: 'an' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('Hi @ana_sm and more', 10)).toEqual({ start: 3, query: 'ana_sm' });
    expect(mentionQueryAt('(@mar', 5)).toEqual({ start: 1, query: 'mar' });
  });

  it('ignores e-mail addresses and text without an @', () => {
    expect(mentionQueryAt('mail ana@exam', 13)).toBeNull();
    expect(mentionQueryAt('plain words', 5)).toBeNull();
    expect(mentionQueryAt('@@ana', 5)).toBeNull();
  });

  it('replaces the query with the handle and moves the caret after it', () => {
    expect(insertMention('Hi @an, see', 3, 6, 'ana_smith')).toEqual({
      text: 'Hi @ana_smith , see',
      caret: 14,
    });
  });
});

describe('checks and words', () => {
  it('checks bodies, titles and reasons', () => {
    expect(checkBody('  ')).toMatch(/Write something/);
    expect(checkBody('x'.repeat(10_001))).toMatch(/10,000/);
    expect(checkBody('Hello')).toBeNull();
    expect(checkTitle('Hi')).toMatch(/3 to 150/);
    expect(checkTitle('Bins on Elm St')).toBeNull();
    expect(checkReason(' ')).toMatch(/Say why/);
  });

  it('counts new posts', () => {
    expect(newPostsLabel(1)).toBe('1 new post');
    expect(newPostsLabel(3)).toBe('3 new posts');
  });

  it('describes moderation log entries', () => {
    const entry = (over: Partial<LogEntry>): LogEntry => ({
      id: 'l1',
      action: 'post_hidden',
      actor_id: 'c',
      actor_name: 'Cora',
      thread_id: 't1',
      post_id: 'p1',
      user_id: 'b',
      user_name: 'Ben',
      reason: 'Spam',
      created_at: '2026-01-01T00:00:00Z',
      ...over,
    });
    expect(describeLogEntry(entry({}))).toBe('Cora hid a post by Ben');
    expect(describeLogEntry(entry({ action: 'member_suspended', post_id: null, user_name: 'Sam' }))).toBe(
      'Cora suspended Sam',
    );
    expect(describeLogEntry(entry({ action: 'post_auto_hidden', actor_id: null, actor_name: null }))).toBe(
      'A post was hidden automatically after flags (by Ben)',
    );
    expect(describeLogEntry(entry({ action: 'thread_locked', post_id: null, user_name: null }))).toBe(
      'Cora locked a thread',
    );
    // The neighbour is not named in the log: only the member who reported for them.
    expect(
      describeLogEntry(entry({ action: 'neighbour_details_erased', post_id: null, user_name: 'Ben' })),
    ).toBe('Cora removed the details of a neighbour reported for by Ben');
  });

  it('reads the ids of discussion events only', () => {
    expect(isDiscussionEvent('post.created')).toBe(true);
    expect(isDiscussionEvent('thread.pinned')).toBe(true);
    expect(isDiscussionEvent('task.claimed')).toBe(false);
  });
});
