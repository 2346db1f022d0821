import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Ikhasi lamathokheni e-API, ngesiZulu. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Amathokheni e-API',
  'tokens.intro':
    'Ithokheni ye-API ivumela iskripthi noma olunye uhlelo ukuthi lusebenzise i-API yokuphatha esikhundleni sakho, ukuze kwenziwe umsebenzi ngokuzenzakalela njengokukhipha imiphumela njalo ebusuku. Ingenza lokho indima yakho ekuvumelayo ({role}).',
  'tokens.howTo': 'Iskripthi sithumela ithokheni kusihloko se-Authorization sesicelo ngasinye:',
  'tokens.loading': 'Ilayisha amathokheni akho…',
  'tokens.loadError': 'Amathokheni akho awakwazanga ukulayishwa: {detail}',
  'tokens.retry': 'Zama futhi',
  'tokens.none': 'Awunawo amathokheni e-API.',
  'tokens.caption': { one: 'Ithokheni yakho eyodwa', other: 'Amathokheni akho angu-{count}' },
  'col.name': 'Igama',
  'col.created': 'Idalwe nini',
  'col.lastUsed': 'Isetshenziswe okokugcina',
  'col.status': 'Isimo',
  'col.actions': 'Izenzo',
  'tokens.never': 'Akukaze',
  'tokens.active': 'Iyasebenza',
  'tokens.revoked': 'Ihoxisiwe',
  'tokens.revoke': 'Hoxisa',
  'create.title': 'Dala ithokheni',
  'create.name': 'Igama',
  'create.nameHint': 'Yenzelwe ini, ukuze uyibone kalula kamuva. Isibonelo: Ukukhipha imiphumela ebusuku.',
  'create.submit': 'Dala ithokheni',
  'create.working': 'Idala ithokheni…',
  'create.errorTitle': 'Ithokheni ayidalwanga',
  'create.nameRequired': 'Faka igama lethokheni',
  'created.title': 'Ithokheni yakho entsha',
  'created.status': 'Ithokheni ethi “{name}” idaliwe.',
  'created.warning':
    'Yikopishe manje futhi uyigcine endaweni ephephile, isibonelo kumphathi wamaphasiwedi noma kumasethingi ayimfihlo wohlelo lwakho oluzenzakalelayo. Ngeke iphinde iboniswe. Noma ubani onayo angenza izinto njengawe.',
  'created.label': 'Ithokheni ye-API ethi “{name}”',
  'created.done': 'Ngiyigcinile',
  copy: 'Kopisha ithokheni',
  copied: 'Ithokheni ikopishiwe.',
  copyFailed: 'Ithokheni ikhethiwe: yikopishe ngekhibhodi yakho noma ngemenyu.',
  'revoke.title': 'Uhoxise ithokheni ethi “{name}”?',
  'revoke.body':
    'Izikripthi nezinhlelo eziyisebenzisayo zizoyeka ukusebenza ngokushesha. Lokhu ngeke kuhlehliswe, kodwa ungadala ithokheni entsha.',
  'revoke.confirm': 'Yebo, hoxisa',
  'revoke.done': 'Ithokheni ethi “{name}” ihoxisiwe.',
  'revoke.errorTitle': 'Ithokheni ayihoxiswanga',
  cancel: 'Khansela',
  'role.admin': 'umphathi',
  'role.editor': 'umhleli',
  'role.moderator': 'umlawuli',
  'role.analyst': 'umhlaziyi',
};

export default messages;
