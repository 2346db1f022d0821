import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API-avaimet-sivu suomeksi. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API-avaimet',
  'tokens.intro':
    'API-avaimen avulla skripti tai toinen järjestelmä voi käyttää hallinnan API:a puolestasi, esimerkiksi tulosten yöllisen viennin automatisoimiseksi. Se voi tehdä sen, minkä roolisi sallii ({role}).',
  'tokens.howTo': 'Skripti lähettää avaimen jokaisen pyynnön Authorization-otsakkeessa:',
  'tokens.loading': 'Ladataan avaimiasi…',
  'tokens.loadError': 'Avaimiasi ei voitu ladata: {detail}',
  'tokens.retry': 'Yritä uudelleen',
  'tokens.none': 'Sinulla ei ole API-avaimia.',
  'tokens.caption': { one: 'Avaimesi ({count})', other: 'Avaimesi ({count})' },
  'col.name': 'Nimi',
  'col.created': 'Luotu',
  'col.lastUsed': 'Viimeksi käytetty',
  'col.status': 'Tila',
  'col.actions': 'Toiminnot',
  'tokens.never': 'Ei koskaan',
  'tokens.active': 'Voimassa',
  'tokens.revoked': 'Peruutettu',
  'tokens.revoke': 'Peruuta avain',
  'create.title': 'Luo avain',
  'create.name': 'Nimi',
  'create.nameHint': 'Mihin avainta käytetään, jotta tunnistat sen myöhemmin. Esimerkiksi: Tulosten yöllinen vienti.',
  'create.submit': 'Luo avain',
  'create.working': 'Luodaan avainta…',
  'create.errorTitle': 'Avainta ei luotu',
  'create.nameRequired': 'Kirjoita avaimelle nimi',
  'created.title': 'Uusi avaimesi',
  'created.status': 'Avain ”{name}” on luotu.',
  'created.warning':
    'Kopioi se nyt ja säilytä se turvallisesti, esimerkiksi salasanojen hallintaohjelmassa tai automaatiosi salaisissa asetuksissa. Sitä ei näytetä uudelleen. Kuka tahansa, jolla se on, voi toimia sinun nimissäsi.',
  'created.label': 'API-avain ”{name}”',
  'created.done': 'Olen tallentanut sen',
  copy: 'Kopioi avain',
  copied: 'Avain kopioitu.',
  copyFailed: 'Avain on valittuna: kopioi se näppäimistöllä tai valikosta.',
  'revoke.title': 'Peruutetaanko avain ”{name}”?',
  'revoke.body':
    'Sitä käyttävät skriptit ja järjestelmät lakkaavat toimimasta heti. Tätä ei voi perua, mutta voit luoda uuden avaimen.',
  'revoke.confirm': 'Kyllä, peruuta',
  'revoke.done': 'Avain ”{name}” on peruutettu.',
  'revoke.errorTitle': 'Avainta ei peruutettu',
  cancel: 'Peruuta',
  'role.admin': 'pääkäyttäjä',
  'role.editor': 'toimittaja',
  'role.moderator': 'moderaattori',
  'role.analyst': 'analyytikko',
};

export default messages;
