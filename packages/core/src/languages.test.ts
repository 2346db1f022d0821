import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, bestLanguage, isRtl } from './languages.js';

describe('Languages', () => {
  test('the shipped list: at least 60, each a canonical tag with plural rules Intl knows', () => {
    assert.ok(LANGUAGES.length >= 60, `${LANGUAGES.length} languages`);
    assert.equal(new Set(LANGUAGES).size, LANGUAGES.length, 'no language twice');
    for (const lang of LANGUAGES) {
      assert.equal(Intl.getCanonicalLocales(lang)[0], lang, `${lang} is canonical`);
      assert.ok(new Intl.PluralRules(lang).resolvedOptions().pluralCategories.length > 0);
    }
  });

  test('bestLanguage: regional tags fall back to the language, scripts through likely subtags', () => {
    const cases: [string, string | undefined][] = [
      ['fr-CA', 'fr'],
      ['pt-BR', 'pt-BR'],
      ['pt-AO', 'pt'],
      ['zh-HK', 'zh-Hant'],
      ['zh-TW', 'zh-Hant'],
      ['zh-Hant-HK', 'zh-Hant'],
      ['zh', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['no', 'nb'],
      ['nn-NO', 'nb'],
      ['iw', 'he'],
      ['tl', 'fil'],
      ['EN_gb', 'en'],
      ['sr-Cyrl-RS', 'sr'],
      ['mt', undefined],
      ['', undefined],
      ['not a tag!', undefined],
    ];
    for (const [tag, expected] of cases) assert.equal(bestLanguage(tag), expected, tag);
    assert.equal(bestLanguage('de-CH', ['en', 'de-CH', 'de']), 'de-CH', 'the most specific available wins');
    assert.equal(bestLanguage('fr-be', ['FR']), 'FR', 'spelt as available');
  });

  test('isRtl: by the language’s likely script', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ps', 'ar-EG', 'iw']) assert.equal(isRtl(lang), true, lang);
    for (const lang of ['en', 'fr', 'zh-Hant', 'am', 'not a tag!']) assert.equal(isRtl(lang), false, lang);
  });
});
