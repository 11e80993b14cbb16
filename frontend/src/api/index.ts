import { ApiClient } from './client';
import { createApi } from './endpoints';

export * from './types';
export { ApiError, describeError, isApiError } from './errors';
export { ApiClient } from './client';
export { createApi, type Api } from './endpoints';

/** The one client the app uses (tests build their own with `new ApiClient({...})`). */
export const api = createApi(new ApiClient());
