import { describe, test } from 'node:test';
import { conformanceCases } from '@civic-widgets/core/testing';
import { serverHarness, testDatabaseUrls } from './test-support/server.js';

/*
 * The same behavioural suite MemoryAdapter passes, now through RestAdapter
 * against the real server and database.
 */
for (const { name, url } of testDatabaseUrls()) {
  describe(`RestAdapter + server on ${name}: conformance`, () => {
    for (const c of conformanceCases(serverHarness(url))) test(c.name, c.run);
  });
}

if (!process.env['CIVIC_TEST_DATABASE_URL']) {
  describe('RestAdapter + server on PostgreSQL: conformance', () => {
    test(
      'needs CIVIC_TEST_DATABASE_URL (postgres://…); .ci/run sets it when PostgreSQL answers on 127.0.0.1:5432',
      { skip: 'CIVIC_TEST_DATABASE_URL is not set' },
      () => {},
    );
  });
}
