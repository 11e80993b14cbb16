import { describe, expect, it } from 'vitest';
import { changesPage, describeEvent, memberCountOf } from './describe';
import type { LiveEvent } from '../../live/client';

/** An event with only the data a case needs: the sentences cope with the rest missing. */
const ev = (kind: LiveEvent['kind'], data: Record<string, unknown> = {}) =>
  ({
    type: 'event',
    channel: 'neighbourhood:n1',
    seq: 1,
    kind,
    data,
    at: '2026-11-29T10:00:00Z',
  }) as LiveEvent;

const known = new Map([['cat', 'Cat']]);
const names = { me: 'ada', nameOf: (id: string) => known.get(id) };

describe('describeEvent', () => {
  it('names people from the event, from earlier lists, or as you', () => {
    expect(describeEvent(ev('member.joined', { user_id: 'ben', display_name: 'Ben' }), names)).toBe(
      'Ben joined',
    );
    expect(describeEvent(ev('member.requested', { user_id: 'cat', display_name: 'Cat' }), names)).toBe(
      'Cat asked to join',
    );
    expect(describeEvent(ev('member.left', { user_id: 'cat' }), names)).toBe('Cat left');
    expect(describeEvent(ev('member.left', { user_id: 'dan' }), names)).toBe('Someone left');
    expect(describeEvent(ev('member.removed', { user_id: 'ada' }), names)).toBe('You were removed');
    expect(describeEvent(ev('member.removed', { user_id: 'cat' }), names)).toBe('Cat was removed');
  });

  it('describes every membership change', () => {
    const cat = { user_id: 'cat' };
    expect(describeEvent(ev('member.approved', { ...cat, display_name: 'Cat' }), names)).toBe(
      'Cat became a member',
    );
    expect(describeEvent(ev('member.role_changed', { ...cat, role: 'coordinator' }), names)).toBe(
      'Cat is now a coordinator',
    );
    expect(describeEvent(ev('member.role_changed', { user_id: 'ada', role: 'member' }), names)).toBe(
      'You are now a member',
    );
    expect(describeEvent(ev('member.request_withdrawn', cat), names)).toBe('Cat withdrew a request to join');
    expect(describeEvent(ev('member.rejected', cat), names)).toBe('Cat’s request to join was declined');
    expect(describeEvent(ev('member.rejected', { user_id: 'ada' }), names)).toBe(
      'Your request to join was declined',
    );
    expect(describeEvent(ev('member.suspended', cat), names)).toBe('Cat was suspended');
    expect(describeEvent(ev('member.reinstated', cat), names)).toBe('Cat was reinstated');
    expect(describeEvent(ev('neighbourhood.updated', { name: 'Elm' }), names)).toBe(
      'The neighbourhood’s details were updated',
    );
  });

  it('describes invitations without naming anyone', () => {
    expect(describeEvent(ev('invitation.created', { invitation_id: 'i1' }), names)).toBe(
      'Someone was invited to join',
    );
    expect(describeEvent(ev('invitation.declined', { invitation_id: 'i1' }), names)).toBe(
      'An invitation was declined',
    );
    expect(describeEvent(ev('invitation.revoked', { invitation_id: 'i1' }), names)).toBe(
      'An invitation was withdrawn',
    );
  });

  it('describes issue events without naming anyone', () => {
    expect(describeEvent(ev('issue.created', { issue_id: 'i1' }), names)).toBe('A new problem was reported');
    expect(describeEvent(ev('issue.report_added', { new_supporter: true }), names)).toBe(
      'Another neighbour reported a known problem',
    );
    expect(describeEvent(ev('issue.status_changed', { status: 'in_progress' }), names)).toBe(
      'A problem is now in progress',
    );
  });

  it('leaves out restricted placeholders', () => {
    expect(describeEvent(ev('restricted'), names)).toBeNull();
  });
});

describe('helpers', () => {
  it('knows which events change the page, and reads member counts', () => {
    expect(changesPage('member.joined')).toBe(true);
    expect(changesPage('neighbourhood.updated')).toBe(true);
    expect(changesPage('invitation.declined')).toBe(true); // the coordinators' pending list
    expect(changesPage('restricted')).toBe(false);
    expect(changesPage('issue.created')).toBe(false); // the issue list reloads itself
    expect(memberCountOf(ev('member.joined', { member_count: 3 }))).toBe(3);
    expect(memberCountOf(ev('member.role_changed', { role: 'member' }))).toBeNull();
    expect(memberCountOf(ev('restricted'))).toBeNull();
  });
});
