import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Hasher, truncateIp } from './security/hash.js';

describe('Client networks (truncateIp, Hasher.ip)', () => {
  const hasher = new Hasher('test-secret');

  test('every spelling of addresses in one IPv6 /48 gives one key', () => {
    const same = ['2001:db8::1', '2001:db8:0:0::2', '2001:0db8:0000:1::5', '2001:DB8:0:ffff:ffff:ffff:ffff:ffff'];
    const keys = new Set(same.map((a) => hasher.ip(a)));
    assert.equal(keys.size, 1, `one key for ${same.join(', ')}: ${same.map(truncateIp).join(', ')}`);
    assert.equal(truncateIp('2001:0db8:0000:1::5'), truncateIp('2001:db8::1'));
  });

  test('another /48 gives another key', () => {
    assert.notEqual(hasher.ip('2001:db8:1::1'), hasher.ip('2001:db8::1'));
    assert.notEqual(hasher.ip('2001:db8::1'), hasher.ip('2001:db9::1'));
  });

  test('IPv4 counts per /24', () => {
    assert.equal(hasher.ip('203.0.113.7'), hasher.ip('203.0.113.250'));
    assert.notEqual(hasher.ip('203.0.113.7'), hasher.ip('203.0.114.7'));
    assert.equal(truncateIp('203.0.113.7'), '203.0.113.0/24');
  });

  test('an IPv4-mapped IPv6 address counts as its IPv4 address', () => {
    assert.equal(hasher.ip('::ffff:203.0.113.7'), hasher.ip('203.0.113.9'));
    assert.equal(hasher.ip('::ffff:cb00:7107'), hasher.ip('203.0.113.1'), 'mapped, written in hex');
    assert.equal(hasher.ip('0:0:0:0:0:ffff:203.0.113.7'), hasher.ip('203.0.113.1'), 'mapped, written out');
  });

  test('no address gives no key; text that is not an address keys as itself', () => {
    assert.equal(hasher.ip(undefined), null);
    assert.equal(hasher.ip(''), null);
    assert.notEqual(hasher.ip('unknown'), hasher.ip('2001:db8::1'));
  });
});
