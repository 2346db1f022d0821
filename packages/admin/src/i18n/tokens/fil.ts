import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Ang pahinang Mga API token, sa Filipino. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Mga API token',
  'tokens.intro':
    'Pinapayagan ng API token ang isang script o ibang system na gamitin ang admin API para sa inyo, para ma-automate ang mga gawain gaya ng gabi-gabing pag-export ng mga resulta. Magagawa nito ang pinapayagan ng inyong tungkulin ({role}).',
  'tokens.howTo': 'Ipinapadala ng script ang token sa Authorization header ng bawat request:',
  'tokens.loading': 'Nilo-load ang inyong mga token…',
  'tokens.loadError': 'Hindi ma-load ang inyong mga token: {detail}',
  'tokens.retry': 'Subukang muli',
  'tokens.none': 'Wala kayong API token.',
  'tokens.caption': { one: 'Ang inyong {count} token', other: 'Ang inyong {count} token' },
  'col.name': 'Pangalan',
  'col.created': 'Ginawa noong',
  'col.lastUsed': 'Huling ginamit',
  'col.status': 'Katayuan',
  'col.actions': 'Mga aksyon',
  'tokens.never': 'Hindi pa kailanman',
  'tokens.active': 'Aktibo',
  'tokens.revoked': 'Binawi',
  'tokens.revoke': 'Bawiin',
  'create.title': 'Gumawa ng token',
  'create.name': 'Pangalan',
  'create.nameHint':
    'Kung para saan ito, para makilala ninyo ito sa ibang pagkakataon. Halimbawa: Gabi-gabing export ng mga resulta.',
  'create.submit': 'Gumawa ng token',
  'create.working': 'Ginagawa ang token…',
  'create.errorTitle': 'Hindi nagawa ang token',
  'create.nameRequired': 'Maglagay ng pangalan para sa token',
  'created.title': 'Ang inyong bagong token',
  'created.status': 'Nagawa na ang token na “{name}”.',
  'created.warning':
    'Kopyahin ito ngayon at itago nang ligtas, halimbawa sa isang password manager o sa mga lihim na setting ng inyong automation. Hindi na ito muling ipapakita. Sinumang may hawak nito ay makakakilos bilang kayo.',
  'created.label': 'API token na “{name}”',
  'created.done': 'Naitago ko na',
  copy: 'Kopyahin ang token',
  copied: 'Nakopya na ang token.',
  copyFailed: 'Napili na ang token: kopyahin ito gamit ang inyong keyboard o ang menu.',
  'revoke.title': 'Bawiin ang token na “{name}”?',
  'revoke.body':
    'Titigil agad sa paggana ang mga script at system na gumagamit nito. Hindi na ito maibabalik, pero puwede kayong gumawa ng bagong token.',
  'revoke.confirm': 'Oo, bawiin',
  'revoke.done': 'Binawi na ang token na “{name}”.',
  'revoke.errorTitle': 'Hindi nabawi ang token',
  cancel: 'Kanselahin',
  'role.admin': 'tagapangasiwa',
  'role.editor': 'patnugot',
  'role.moderator': 'moderator',
  'role.analyst': 'analista',
};

export default messages;
