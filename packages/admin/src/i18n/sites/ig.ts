import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Ibe saịtị (saịtị ndị e kwere ka ha ziga votu, nkwupụta, mbinye aka na ntụle), n'asụsụ Igbo. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Saịtị',
  'sites.intro':
    "Saịtị ọ bụla nwere ike igosi widget ndị a, mana ndị mmadụ nwere ike ịtụ votu, ikwu okwu, ịbinye aka na ịtụle naanị n'ibe nke saịtị e kwere ebe a.",
  'sites.loading': 'Na-ebu…',
  'sites.loadError': 'Enweghị ike ibu saịtị ndị ahụ: {detail}',
  'sites.retry': 'Nwaa ọzọ',
  'sites.readOnly': "Naanị ndị nchịkwa nwere ike ịgbanwe ndepụta a. Rịọ otu n'ime ha ka o kwe saịtị gị.",
  'refused.title': "Saịtị a jụrụ n'oge na-adịbeghị anya",
  'refused.intro':
    'Ibe nke saịtị ndị a nwara iziga votu, nkwupụta, mbinye aka ma ọ bụ ntụle, a jụkwara ha. Ọ bụrụ na saịtị bụ nke gị, kwe ya.',
  'refused.none': "Ọ dịghị saịtị a jụrụ n'oge na-adịbeghị anya.",
  'refused.caption': 'Saịtị a jụrụ, nke kachasị ọhụrụ bụ ụzọ',
  'refused.allow': 'Kwe',
  'refused.note': 'E kwere ya site na ndepụta saịtị a jụrụ',
  'col.site': 'Saịtị',
  'col.refusals': 'Mgbalị a jụrụ',
  'col.lastRefused': 'Ajụjụ ikpeazụ',
  'col.firstRefused': 'Ajụjụ mbụ',
  'col.note': 'Ndetu',
  'col.addedBy': 'Onye tinyere ya',
  'col.added': 'Mgbe etinyere ya',
  'col.action': 'Omume',
  'allowed.title': 'Saịtị e kwere',
  'allowed.caption': 'Saịtị e kwere',
  'allowed.none': "E kwebeghị saịtị ọ bụla: ndị mmadụ nwere ike isonye naanị n'ibe nke sava a n'onwe ya.",
  'allowed.fromEnvironment': 'Ntọala sava',
  'allowed.fromEnvironmentNote': 'Edebere ya na CIVIC_ALLOWED_ORIGINS: gbanwee ya na ntọala sava.',
  'allowed.remove': 'Wepụ',
  'confirm.remove': 'Kwụsị ikwe {origin}?',
  'confirm.removeBody':
    "Ndị nọ n'ibe ya agaghị enwe ike ịtụ votu, ikwu okwu, ịbinye aka ma ọ bụ ịtụle ọzọ. Widget ndị dịlarị n'ibe ya ga-anọgide na-apụta.",
  'confirm.yesRemove': 'Ee, wepụ ya',
  'confirm.cancel': 'Kagbuo',
  'add.title': 'Kwe saịtị',
  'add.origin': 'Adreesị weebụ nke saịtị ahụ',
  'add.originHint':
    'Dịka https://www.city.gov. E kwere ibe ọ bụla nke saịtị ahụ; a na-eleghara ihe ọ bụla na-eso aha saịtị ahụ anya.',
  'add.note': 'Ndetu (ọ bụghị iwu)',
  'add.noteHint': 'Ihe saịtị ahụ bụ na onye na-elekọta ya, ka ndị ọzọ mara ihe mere e ji kwe ya. Ruo mkpụrụedemede 200.',
  'add.submit': 'Kwe saịtị',
  'add.saving': 'Na-echekwa…',
  'add.errorTitle': 'Enwere nsogbu',
  'error.origin': 'Tinye adreesị weebụ nke saịtị ahụ, dịka https://www.city.gov',
  'error.note': 'Ndetu ekwesịghị ịkarị mkpụrụedemede 200',
  'notice.added': "E kwere {origin}: ndị nọ n'ibe ya nwere ike isonye ugbu a.",
  'notice.removed': 'E kwetaghịzi {origin}.',
};

export default messages;
