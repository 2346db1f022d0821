export * from './common.js';
export * from './problem.js';
export * from './poll.js';
export * from './thread.js';
export * from './petition.js';
export * from './service.js';
export * from './live.js';
export * from './definitions.js';
