import { describe, expect, it } from 'vitest';
import { noticeOf } from './IssueNotice';

describe('noticeOf', () => {
  it('words issue notifications and links to the issue to follow', () => {
    expect(noticeOf({ what: 'issue_status_changed', issue_id: 'i1', status: 'resolved' })).toEqual({
      issueId: 'i1',
      text: 'An issue you support is now resolved.',
    });
    expect(
      noticeOf({ what: 'issue_merged', issue_id: 'i1', into: 'i2', neighbourhood_name: 'Mill Lane' }),
    ).toMatchObject({ issueId: 'i2', text: expect.stringContaining('in Mill Lane was merged') });
    expect(noticeOf({ what: 'issue_reopened', issue_id: 'i1' })?.text).toContain('still a problem');
  });

  it('ignores other notifications', () => {
    expect(noticeOf({ what: 'membership_approved', neighbourhood_id: 'n1' })).toBeNull();
    expect(noticeOf({ what: 'issue_status_changed' })).toBeNull();
  });
});
