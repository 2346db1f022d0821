export * from './schemas/index.js';
export * from './errors.js';
export * from './errors-more.js';
export * from './error-codes.js';
export type { Adapter, LiveListener, RequestOptions } from './adapter.js';
export { parseInput, parseResponse } from './validate.js';
export { phaseOf, canSeeResults, type Phase } from './phase.js';
export { type Sentiment, reasonFits, scaleScores, scoreSentiment, stripPageUrl } from './scales.js';
export {
  checkChoices,
  checkLength,
  checkRegion,
  checkScore,
  checkReasons,
  checkServiceOpen,
  checkThreadOpen,
  reachableComment,
} from './rules.js';
export { MINIMUM_RATINGS, publicAggregate } from './ratings.js';
export { MemoryAdapter, type MemoryAdapterOptions } from './memory/memory-adapter.js';
export { aggregate, aggregateCounts } from './memory/aggregate.js';
export type { OutboxMessage } from './memory/state.js';
export { encodeCursor, decodeCursor, type CursorKey } from './memory/cursor.js';
export { topicOf, type Topic } from './topics.js';
export { SLUG_PATTERN, countCharacters, normaliseText } from './text.js';
export { canonicalEmail } from './email.js';
export { LANGUAGES, bestLanguage, isRtl } from './languages.js';
export { type LocalisedText, textFor, plainTextFor } from './localised.js';
export { isPlainText, normaliseName } from './text-rules.js';
export { type CaptchaRequest, type CaptchaSolver, RestAdapter, type RestAdapterOptions } from './rest/rest-adapter.js';
export { browserVoterToken, VOTER_STORAGE_KEY } from './rest/participant.js';
