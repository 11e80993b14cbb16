import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { createOrganisationsApi } from './api';
import { json, problem, signedInClient, type Call } from '../../test/http';

let calls: Call[];

/** The calls on a signed-in client whose fetch answers with `answer` and records every call. */
function apiAnswering(answer: (call: Call) => Response) {
  return createOrganisationsApi(signedInClient(calls, answer));
}

const asSent = (call: Call) => ({ method: call.method, url: call.url, body: call.body });

beforeEach(() => {
  calls = [];
});

describe('organisation calls', () => {
  it('reads the organisation, its staff and its categories, with the bearer token', async () => {
    const api = apiAnswering(() => json(200, { items: [], next_cursor: null }));
    await api.list({ cursor: 'c1', limit: 50 });
    await api.get('o 1');
    await api.staff('o1', { cursor: null });
    await api.categories('o1');

    expect(calls.map(asSent)).toEqual([
      { method: 'GET', url: '/api/v1/organisations?cursor=c1&limit=50', body: undefined },
      { method: 'GET', url: '/api/v1/organisations/o%201', body: undefined },
      { method: 'GET', url: '/api/v1/organisations/o1/staff', body: undefined },
      { method: 'GET', url: '/api/v1/organisations/o1/categories', body: undefined },
    ]);
    expect(calls.every((c) => c.authorization === 'Bearer access-1')).toBe(true);
  });

  it('creates and edits categories', async () => {
    const api = apiAnswering((call) => json(call.method === 'POST' ? 201 : 200, { id: 'c1' }));
    const attributes = [
      {
        code: 'lane',
        datatype: 'singlevaluelist' as const,
        required: false,
        description: 'Where?',
        order: 1,
        values: [{ key: 'road', name: 'Road' }],
      },
    ];
    await api.createCategory('o1', { code: 'pothole', name: 'Pothole', attributes });
    await api.updateCategory('c/1', { target_days: null });

    expect(calls.map(asSent)).toEqual([
      {
        method: 'POST',
        url: '/api/v1/organisations/o1/categories',
        body: { code: 'pothole', name: 'Pothole', attributes },
      },
      { method: 'PATCH', url: '/api/v1/categories/c%2F1', body: { target_days: null } },
    ]);
  });

  it('issues, lists and revokes API keys', async () => {
    const issued = { id: 'k1', name: 'FixMyStreet', prefix: 'cg311_abcdef', api_key: 'cg311_secret' };
    const api = apiAnswering((call) =>
      call.method === 'POST' ? json(201, issued) : json(200, call.method === 'GET' ? [] : issued),
    );
    await expect(api.issueApiKey('o1', 'FixMyStreet')).resolves.toEqual(issued);
    await api.apiKeys('o1');
    await api.revokeApiKey('o1', 'k1');

    expect(calls.map(asSent)).toEqual([
      { method: 'POST', url: '/api/v1/organisations/o1/api-keys', body: { name: 'FixMyStreet' } },
      { method: 'GET', url: '/api/v1/organisations/o1/api-keys', body: undefined },
      { method: 'DELETE', url: '/api/v1/organisations/o1/api-keys/k1', body: undefined },
    ]);
  });

  it('rejects with the server’s problem, field errors included', async () => {
    const api = apiAnswering(() =>
      problem(422, 'Validation failed', { errors: { name: ['must be 2 to 80 characters of plain text'] } }),
    );
    const error: ApiError = await api.createCategory('o1', { code: 'x', name: 'x' }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.fieldError('name')).toBe('must be 2 to 80 characters of plain text');
  });
});
