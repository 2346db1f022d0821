// magyar (hu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Petíció betöltése…',
  'petition.full-text': 'A teljes petíció elolvasása',
  'petition.signatures': { '=0': 'Még nincs aláírás', one: '{count} aláírás', other: '{count} aláírás' },
  'petition.progress': 'Aláírások: {count} / {goal} ({percent})',
  'petition.milestones': 'Mérföldkövek',
  'petition.milestone': { one: '{count} aláírás – {label}', other: '{count} aláírás – {label}' },
  'petition.reached': '(✓ elérve)',
  'petition.milestone-reached': 'Elért mérföldkő: {label}.',
  'petition.closes': 'Az aláírásgyűjtés határideje: {date}.',
  'petition.opens': 'Az aláírásgyűjtés kezdete: {date}.',
  'petition.closed': 'Ez a petíció lezárult. Már nem gyűjt aláírásokat.',
  'petition.response': 'Hivatalos válasz',
  'petition.responded-on': 'Közzétéve: {date}.',
  'petition.recent': 'Legutóbbi aláírók',
  'petition.sign': 'A petíció aláírása',
  'petition.name': 'Teljes név',
  'petition.email': 'E-mail-cím',
  'petition.email-hint': 'Küldünk Önnek egy linket, amellyel megerősítheti aláírását.',
  'petition.region': 'Lakóhely',
  'petition.region-choose': 'Válassza ki lakóhelyét',
  'petition.consent':
    'Hozzájárulok, hogy a nevemet, az e-mail-címemet és a lakóhelyemet az aláírásom rögzítése céljából kezeljék, az {privacy} szerint.',
  'petition.privacy-notice': 'adatkezelési tájékoztató',
  'petition.show-name': 'A nevem jelenjen meg nyilvánosan az aláírók listáján',
  'petition.submit': 'Aláírom a petíciót',
  'petition.submitting': 'Aláírás folyamatban…',
  'petition.error-summary': 'Probléma merült fel',
  'petition.error.name': 'Adja meg teljes nevét.',
  'petition.error.email-empty': 'Adja meg e-mail-címét.',
  'petition.error.email': 'Helyes formátumú e-mail-címet adjon meg, például: nev@example.com.',
  'petition.error.region': 'Válassza ki lakóhelyét.',
  'petition.error.consent': 'Az aláírás előtt meg kell adnia a hozzájárulását.',
  'petition.check-email': 'Nézze meg a postafiókját',
  'petition.check-email-body':
    'Linket küldtünk erre a címre: {email}. Nyissa meg a linket az aláírása megerősítéséhez: az aláírás csak a megerősítés után számít.',
  'petition.check-email-help':
    'Ha néhány percen belül nem érkezik meg, nézze meg a levélszemét mappát, vagy írja alá újra ugyanazzal a címmel, és új linket kap.',
  'petition.share': 'A petíció megosztása',
  'petition.copied': 'Link kimásolva.',
};

export default messages;
