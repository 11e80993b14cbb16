import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../api/kinds';
import type { Schema } from '../../api/types';
// The generated file's text, to read the union from it at run time (Vite's `?raw`).
import schemaSource from '../../api/schema.d.ts?raw';
import { describeNotification, labelOfKind, MUTABLE_KINDS, noticeFor } from './notices';

/**
 * One notice of each kind exactly as the server sends it: the type makes the compiler ask for a
 * sample of every kind in the generated `Notice` union, with that kind's required fields only.
 */
const SAMPLES: { [K in NotificationKind]: Extract<Schema<'Notice'>, { what: K }> } = (() => {
  const place = { neighbourhood_id: 'n1', neighbourhood_name: 'Mill Lane' };
  const task = { neighbourhood_id: 'n1', task_id: 't1', task_title: 'Bulb planting' };
  const post = { ...place, thread_id: 'th1', post_id: 'p2', seq: 2 };
  return {
    issue_status_changed: {
      ...place,
      what: 'issue_status_changed',
      issue_id: 'i1',
      status: 'resolved',
      note: 'Filled',
    },
    assisted_issue_status_changed: {
      ...place,
      what: 'assisted_issue_status_changed',
      issue_id: 'i1',
      issue_title: 'Pothole',
      status: 'resolved',
      note: 'Filled',
      neighbours: ['Mrs Patel'],
    },
    issue_merged: { ...place, what: 'issue_merged', issue_id: 'i1', into: 'i2' },
    issue_reopened: { ...place, what: 'issue_reopened', issue_id: 'i1', note: 'Still there' },
    invitation_received: { ...place, what: 'invitation_received', invitation_id: 'inv1' },
    membership_added: { ...place, what: 'membership_added' },
    membership_approved: { ...place, what: 'membership_approved' },
    membership_rejected: { ...place, what: 'membership_rejected' },
    role_changed: { ...place, what: 'role_changed', role: 'coordinator' },
    suspended: { ...place, what: 'suspended', until: '2026-12-24T00:00:00Z', reason: 'Be kind' },
    reinstated: { ...place, what: 'reinstated' },
    removed: { ...place, what: 'removed' },
    task_lease_expiring: { ...task, what: 'task_lease_expiring', expires_at: '2026-11-29T21:30:00Z' },
    task_lease_expired: { ...task, what: 'task_lease_expired' },
    task_cancelled: { ...task, what: 'task_cancelled', reason: 'Frost' },
    task_work_verified: { ...task, what: 'task_work_verified' },
    task_work_rejected: { ...task, what: 'task_work_rejected', reason: 'Photos please' },
    mentioned: { ...post, what: 'mentioned', by: 'Ben' },
    reply: { ...post, what: 'reply', by: 'Ben' },
    post_hidden: { ...post, what: 'post_hidden', reason: 'Off topic', automatic: false },
    post_restored: { ...post, what: 'post_restored' },
    post_flagged: { ...post, what: 'post_flagged', reason: 'spam' },
  };
})();

const NOW = Date.parse('2026-11-29T10:00:00Z');

describe('notification renderings', () => {
  it('has the kinds the server’s document lists, no more and no fewer', () => {
    // The runtime list is a `Record` over the generated union; this reads the generated file
    // itself, so a cast or a stale list cannot hide a kind either.
    const union = /^\s*NotificationKind: (.+);$/m.exec(schemaSource)?.[1] ?? '';
    const generated = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
    expect(generated.length).toBeGreaterThan(0);
    expect([...NOTIFICATION_KINDS].sort()).toEqual(generated.sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(generated.sort());
  });

  it.each(NOTIFICATION_KINDS.map((kind) => [kind]))('%s has its own sentence and link', (kind) => {
    const data = SAMPLES[kind];
    expect(data.what).toBe(kind);
    const notice = noticeFor(kind, data, NOW);
    expect(notice.text.length).toBeGreaterThan(10);
    // Not the fallback for kinds this version does not know ("Task cancelled in Mill Lane.").
    expect(notice.text).not.toContain(labelOfKind(kind));
    expect(notice.text).not.toMatch(/undefined|null|\[object/);
    if (kind === 'removed') {
      expect(notice.href).toBeNull(); // a private neighbourhood cannot be opened any more
    } else {
      expect(notice.href).toMatch(/^\/(issues|tasks|threads|neighbourhoods|invitations)(\/[\w#-]*)*$/);
      expect(notice.linkText).toMatch(/^(See|Open) /);
    }
    expect(describeNotification(kind, data, NOW)).toEqual({ text: notice.text, href: notice.href });
  });

  it('says something different for every kind', () => {
    const texts = NOTIFICATION_KINDS.map((kind) => noticeFor(kind, SAMPLES[kind], NOW).text);
    expect(new Set(texts).size).toBe(NOTIFICATION_KINDS.length);
  });

  it('words issue notifications and links to the issue to follow', () => {
    expect(noticeFor('issue_status_changed', { issue_id: 'i1', status: 'resolved' })).toEqual({
      text: 'An issue you support is now resolved.',
      href: '/issues/i1',
      linkText: 'See the issue',
    });
    // Which issue changed, and the council's public note.
    expect(
      noticeFor('issue_status_changed', {
        issue_id: 'i1',
        issue_title: 'Pothole, outside 3 Mill Lane',
        status: 'in_progress',
        note: 'Crew booked for Tuesday',
        neighbourhood_name: 'Mill Lane',
      }).text,
    ).toBe(
      '“Pothole, outside 3 Mill Lane” in Mill Lane is now in progress. The council says: “Crew booked for Tuesday”',
    );
    expect(
      noticeFor('issue_merged', { issue_id: 'i1', into: 'i2', neighbourhood_name: 'Mill Lane' }),
    ).toMatchObject({
      href: '/issues/i2',
      text: expect.stringContaining('in Mill Lane was joined with another one'),
    });
    expect(noticeFor('issue_reopened', { issue_id: 'i1' }).text).toContain('still a problem');
  });

  it('reminds a member who reported for a neighbour to pass the update on, by name', () => {
    const data = {
      issue_id: 'i1',
      issue_title: 'Pothole',
      status: 'resolved',
      note: 'Filled',
      neighbours: ['Mrs Patel', 'Mr Jones'],
    };
    expect(noticeFor('assisted_issue_status_changed', data)).toEqual({
      text: '“Pothole” is now resolved. The council says: “Filled” Please pass this on to Mrs Patel and Mr Jones. They have no account, so they hear it from you.',
      href: '/issues/i1',
      linkText: 'See the issue',
    });
    // Once a coordinator erased the names, nobody is named.
    expect(noticeFor('assisted_issue_status_changed', { ...data, neighbours: [] }).text).toContain(
      'pass this on to the neighbour you reported it for',
    );
  });

  it('tells coordinators a post was flagged and leads to the moderation queue', () => {
    expect(
      noticeFor('post_flagged', {
        neighbourhood_id: 'n1',
        neighbourhood_name: 'Mill Lane',
        thread_id: 't1',
        post_id: 'p1',
        reason: 'Spam',
      }),
    ).toEqual({
      text: 'A post in Mill Lane was flagged for review: Spam',
      href: '/neighbourhoods/n1/moderation',
      linkText: 'Open the moderation queue',
    });
  });

  it('words task notifications, counting down a place about to run out', () => {
    const now = Date.parse('2026-11-29T10:00:00Z');
    expect(
      noticeFor(
        'task_lease_expiring',
        { task_id: 't1', neighbourhood_name: 'Mill Lane', expires_at: '2026-11-29T21:30:00Z' },
        now,
      ),
    ).toEqual({
      href: '/tasks/t1',
      linkText: 'See the task',
      text: 'Your place on a task in Mill Lane expires in 11 hours 30 minutes. Extend it, or it will be released.',
    });
    expect(noticeFor('task_work_rejected', { task_id: 't1', reason: 'Photos please' }).text).toContain(
      'sent back: Photos please',
    );
    expect(noticeFor('task_lease_expired', { task_id: 't1', task_title: 'Bulbs' }).text).toBe(
      'Your hold on “Bulbs” ran out, so the place was released.',
    );
    expect(noticeFor('task_cancelled', { task_id: 't1', task_title: 'Bulbs', reason: 'Frost' }).text).toBe(
      '“Bulbs”, a task you signed up for, was cancelled: Frost',
    );
  });

  it('says who mentioned or replied, and links to the post', () => {
    expect(
      noticeFor('mentioned', {
        by: 'Ben',
        neighbourhood_name: 'Mill Lane',
        thread_id: 't1',
        post_id: 'p2',
      }),
    ).toEqual({
      text: 'Ben mentioned you in Mill Lane.',
      href: '/threads/t1#post-p2',
      linkText: 'Open the thread',
    });
    expect(noticeFor('reply', { by: 'Ben', thread_id: 't1' }).text).toBe('Ben replied to your post.');
  });
});

describe('muting', () => {
  it('offers kinds by the names the server sends: “mentioned”, not “mention”', () => {
    const offered = MUTABLE_KINDS.map((k) => k.what);
    expect(offered).toContain('mentioned');
    expect(offered).not.toContain('mention');
    const known = new Set<string>(NOTIFICATION_KINDS);
    for (const what of offered) expect(known.has(what)).toBe(true);
    expect(MUTABLE_KINDS.find((k) => k.what === 'mentioned')?.label).toBe('Mentions of me in discussions');
  });

  it('offers every kind about things one follows, and none of the decisions about one’s membership', () => {
    const offered = new Set<NotificationKind>(MUTABLE_KINDS.map((k) => k.what));
    for (const kind of ['reply', 'issue_status_changed', 'task_lease_expiring'] as const) {
      expect(offered.has(kind)).toBe(true);
    }
    for (const kind of ['suspended', 'removed', 'membership_approved'] as const) {
      expect(offered.has(kind)).toBe(false);
    }
  });
});
