/*
 * The REST adapter loads each resource's schemas on first use. In a browser
 * bundle they become separate chunks, so a page with only a poll never
 * downloads the petition or comment schemas, and the shared runtime stays
 * free of the validator until a widget needs it.
 */
export const schemas = {
  poll: () => import('../schemas/poll.js'),
  thread: () => import('../schemas/thread.js'),
  petition: () => import('../schemas/petition.js'),
  service: () => import('../schemas/service.js'),
  problem: () => import('../schemas/problem.js'),
  live: () => import('../schemas/live.js'),
};
