/**
 * Typed calls for running an organisation (a public-service body): its staff, the neighbourhoods
 * it serves, its categories (Open311 service types, with their extra questions) and the Open311
 * API keys it issues to apps. Shapes mirror docs/api.md, sections "Organisations", "Reports and
 * shared issues" and "Open311 GeoReport v2".
 */
import type { ApiClient } from '../../api/client';
import { api } from '../../api/index';
import type { Organisation, Page, PageParams, Schema, Staff, Uuid } from '../../api/types';

export type { Organisation, Staff } from '../../api/types';

// ---- Categories and their questions ---------------------------------------------------------

/** The kind of answer a question takes (Open311 `datatype`). */
export type AttributeDatatype = Schema<'Datatype'>;

export const ATTRIBUTE_DATATYPES: readonly AttributeDatatype[] = [
  'string',
  'text',
  'number',
  'datetime',
  'singlevaluelist',
  'multivaluelist',
];

/** The datatypes whose answers are picked from `values`. */
export const isListDatatype = (datatype: AttributeDatatype) =>
  datatype === 'singlevaluelist' || datatype === 'multivaluelist';

/** One choice of a list question. */
export type AttributeValue = Schema<'AttributeValue'>;

/**
 * An extra question asked with a report (an Open311 attribute). The server answers every field
 * (the request may leave `required`, `order` and `values` out).
 */
export type CategoryAttribute = Required<Pick<Schema<'Attribute'>, 'required' | 'order' | 'values'>> &
  Schema<'Attribute'>;

/** A category as its organisation manages it: with its questions. */
export type ManagedCategory = Omit<Schema<'CategoryView'>, 'attributes'> & {
  attributes: CategoryAttribute[];
};

export type CreateCategoryRequest = Schema<'CreateCategoryRequest'>;

/** Absent fields stay as they are; `target_days: null` clears the target. */
export type UpdateCategoryRequest = Schema<'UpdateCategoryRequest'>;

// ---- Open311 API keys -----------------------------------------------------------------------

/** An API key as listed: never the key itself. */
export type ApiKey = Schema<'ApiKeyView'>;

/** The answer to issuing a key: the only time the key itself (`cg311_...`) is ever sent. */
export type IssuedApiKey = Schema<'IssuedApiKey'>;

// ---- Calls ----------------------------------------------------------------------------------

const id = encodeURIComponent;

/** The organisation endpoints, on the given client. */
export function createOrganisationsApi(client: ApiClient) {
  const organisation = (oid: Uuid) => `/organisations/${id(oid)}`;

  return {
    /** Anyone. */
    list: ({ cursor, limit }: PageParams = {}, signal?: AbortSignal) =>
      client.request<Page<Organisation>>('/organisations', { query: { cursor, limit }, signal }),
    /** Anyone. */
    get: (oid: Uuid, signal?: AbortSignal) => client.request<Organisation>(organisation(oid), { signal }),
    /** Its staff and platform admins; 403 for anyone else. */
    staff: (oid: Uuid, { cursor, limit }: PageParams = {}, signal?: AbortSignal) =>
      client.request<Page<Staff>>(`${organisation(oid)}/staff`, { query: { cursor, limit }, signal }),

    /** Anyone; grouped, then by name. */
    categories: (oid: Uuid, signal?: AbortSignal) =>
      client.request<ManagedCategory[]>(`${organisation(oid)}/categories`, { signal }),
    /** Its staff and platform admins; 409 when the code is taken, 422 with per-field errors. */
    createCategory: (oid: Uuid, body: CreateCategoryRequest) =>
      client.request<ManagedCategory>(`${organisation(oid)}/categories`, { method: 'POST', body }),
    /** Its staff and platform admins; 422 with per-field errors. */
    updateCategory: (categoryId: Uuid, body: UpdateCategoryRequest) =>
      client.request<ManagedCategory>(`/categories/${id(categoryId)}`, { method: 'PATCH', body }),

    /** Its staff and platform admins: newest first, revoked ones included, never the keys. */
    apiKeys: (oid: Uuid, signal?: AbortSignal) =>
      client.request<ApiKey[]>(`${organisation(oid)}/api-keys`, { signal }),
    /** Its staff and platform admins. The answer holds the key: show it once, never store it. */
    issueApiKey: (oid: Uuid, name: string) =>
      client.request<IssuedApiKey>(`${organisation(oid)}/api-keys`, { method: 'POST', body: { name } }),
    /** Its staff and platform admins: refused from now on; answers the revoked key. */
    revokeApiKey: (oid: Uuid, keyId: Uuid) =>
      client.request<ApiKey>(`${organisation(oid)}/api-keys/${id(keyId)}`, { method: 'DELETE' }),
  };
}

export type OrganisationsApi = ReturnType<typeof createOrganisationsApi>;

/** On the app's one client (tests build their own with `createOrganisationsApi(new ApiClient(...))`). */
export const organisationsApi = createOrganisationsApi(api.client);
