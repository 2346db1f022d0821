export * from './schemas/index.js';
export * from './errors.js';
export type { Adapter, LiveListener, RequestOptions } from './adapter.js';
export { parseInput, parseResponse } from './validate.js';
export { phaseOf, canSeeResults, type Phase } from './phase.js';
export { MemoryAdapter, aggregate, type MemoryAdapterOptions } from './memory/memory-adapter.js';
export type { OutboxMessage } from './memory/state.js';
export { RestAdapter, type RestAdapterOptions } from './rest/rest-adapter.js';
export { browserVoterToken, VOTER_STORAGE_KEY } from './rest/participant.js';
