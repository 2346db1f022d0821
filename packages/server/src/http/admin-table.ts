import { type AdminRoute, adminApi } from './admin-api.js';
import { consoleApi } from './console-api.js';
import { moderationApi } from './moderation-api.js';
import { petitionsApi } from './petitions-api.js';
import { resultsApi } from './results-api.js';
import { oidcApi } from './oidc-api.js';

/** Every admin endpoint (content, moderation, responses, exports, and the console's own): registered and documented from here. */
export const allAdminRoutes: AdminRoute[] = [
  ...adminApi,
  ...consoleApi,
  ...oidcApi,
  ...moderationApi,
  ...petitionsApi,
  ...resultsApi,
];
