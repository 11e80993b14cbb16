import type { Claim, Task, TaskDetail } from '../features/tasks/api';

export function task(overrides: Partial<Task> = {}): Task {
  return {
    id: 't1',
    neighbourhood_id: 'n1',
    title: 'Litter pick on the green',
    description: 'Bags and gloves provided.',
    issue_id: null,
    location: null,
    address: 'The green',
    starts_at: null,
    ends_at: null,
    slots: 2,
    lease_hours: 48,
    skills: ['litter'],
    accessibility: '',
    equipment: '',
    status: 'open',
    claimed_slots: 0,
    verified_hours: 0,
    cancel_reason: null,
    created_by: 'cat',
    created_at: '2026-11-20T09:00:00Z',
    my_claim: null,
    ...overrides,
  };
}

export function claim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'c1',
    task_id: 't1',
    user_id: 'ada',
    display_name: 'Ada',
    status: 'active',
    claimed_at: '2026-11-29T09:00:00Z',
    expires_at: new Date(Date.now() + 47 * 3600_000 + 12 * 60_000 + 30_000).toISOString(),
    checked_in_at: null,
    done_at: null,
    hours: null,
    note: null,
    verified_at: null,
    rejected_reason: null,
    ...overrides,
  };
}

export function taskDetail(overrides: Partial<TaskDetail> = {}): TaskDetail {
  return { ...task(), claims: [], can_manage: false, can_verify: false, ...overrides };
}
