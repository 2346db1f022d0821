export { conformanceCases, type ConformanceBackend, type ConformanceCase, type ConformanceHarness } from './conformance.js';
export { conformanceFixture } from './fixture.js';
export { ConformanceFailure } from './assert.js';
