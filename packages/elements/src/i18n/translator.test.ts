import { expect } from '@open-wc/testing';
import { relativeTime } from './relative-time.js';
import { Translator } from './translator.js';

describe('Translator', () => {
  it('formats plurals, numbers, percentages and dates for its language', () => {
    const fr = new Translator('fr-FR', { 'x.count': { one: '{count} vote', other: '{count} votes' } });
    expect(fr.t('x.count', { count: 1 })).to.equal('1 vote');
    expect(fr.t('x.count', { count: 2500 })).to.equal('2\u202f500 votes');
    expect(fr.percent(0.5)).to.equal('50\u00a0%');
    expect(fr.date('2027-03-01T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).to.equal('1 mars 2027');
    const ar = new Translator('ar-EG', {});
    expect(ar.number(12)).to.equal('١٢');
  });

  it('makes each Intl formatter once per language, however many widgets ask', () => {
    const NumberFormat = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof NumberFormat>) {
      made++;
      return new NumberFormat(...args);
    } as unknown as typeof Intl.NumberFormat;
    try {
      // A language no other test formats in, so nothing is cached yet.
      const widgets = [new Translator('nb-NO', {}), new Translator('nb-NO', {}), new Translator('nb-NO', {})];
      for (const t of widgets) t.number(1234);
      expect(made).to.equal(1);
      widgets.forEach((t) => t.percent(0.25));
      expect(made).to.equal(2);
      new Translator('sv-SE', {}).number(1);
      expect(made).to.equal(3);
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
  });

  it('says relative times in words, and "less than a minute" under a minute', () => {
    const en = new Translator('en', { 'time.relative-past': 'less than a minute ago' });
    const now = new Date('2027-03-10T12:00:00Z');
    expect(relativeTime(en, '2027-03-08T12:00:00Z', now)).to.equal('2 days ago');
    expect(relativeTime(en, '2027-03-10T15:00:00Z', now)).to.equal('in 3 hours');
    expect(relativeTime(en, '2027-03-10T11:59:40Z', now)).to.equal('less than a minute ago');
  });
});
