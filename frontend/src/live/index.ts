import { api } from '../api';
import { LiveClient } from './client';

export * from './client';

/**
 * The one live client the app uses (tests build their own). Its token comes from the API client,
 * refreshed first when it is missing, about to expire, or was just refused.
 */
export const live = new LiveClient({ getToken: (rejected) => api.client.freshAccessToken(rejected) });
