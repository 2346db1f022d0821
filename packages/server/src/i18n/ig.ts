// Igbo (ig): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Kwado mbinye aka gị: {title}',
  'mail.confirm.body':
    "Ị rịọrọ ịbinye aka n'akwụkwọ arịrịọ “{title}”.\n\nIji kwado mbinye aka gị, mepee njikọ a ma pịa bọtịnụ “Kwado mbinye aka m”:\n{link}\n\nNjikọ a ga-arụ ọrụ ruo {duration}. A ga-agụ mbinye aka gị naanị mgbe a kwadoro ya. Ọ bụrụ na ịrịọghị ịbinye aka, leghara email a anya: a gaghị abinye aka n'ihe ọ bụla.",
  'mail.confirm.withdraw':
    'Ọ bụrụ na i gbanwee obi gị, ị nwere ike iwepụ mbinye aka gị mgbe akwụkwọ arịrịọ ahụ ka ghe oghe:\n{withdrawLink}',
  'mail.already.subject': 'Ị binyelarị aka: {title}',
  'mail.already.body':
    "Mmadụ nwara ịbinye aka n'akwụkwọ arịrịọ “{title}” site na adreesị email a, nke binyelarị aka na ya. Adreesị ọ bụla nwere ike ịbinye aka naanị otu ugboro, ya mere ọ dịghị ihe gbanwere.",
  'mail.footer': '{agency}',
  'page.confirm.title': 'Kwado mbinye aka gị',
  'page.confirm.intro': "Ị rịọrọ ịbinye aka n'akwụkwọ arịrịọ a. A ga-agụ mbinye aka gị naanị mgbe ị kwadoro ya.",
  'page.confirm.button': 'Kwado mbinye aka m',
  'page.confirm.ignore': "Ọ bụrụ na ịrịọghị ịbinye aka, mechie ibe a: a gaghị abinye aka n'ihe ọ bụla.",
  'page.petition': 'Akwụkwọ arịrịọ: {title}',
  'page.confirmed.title': 'Akwadola mbinye aka',
  'page.confirmed.body': 'Daalụ. Akwadola mbinye aka gị, a na-agụkwa ya ugbu a.',
  'page.already.title': 'Akwadolarị mbinye aka',
  'page.already.body': 'Akwadolarị mbinye aka gị. A na-agụ ya naanị otu ugboro.',
  'page.unknown.title': 'A maghị njikọ a',
  'page.unknown.body':
    "Njikọ nkwado a ezighị ezi. Hụ na i mepere njikọ ahụ niile site na email gị kacha ọhụrụ, ma ọ bụ binye aka n'akwụkwọ arịrịọ ahụ ọzọ.",
  'page.expired.title': 'Oge njikọ agwụla',
  'page.expired.body':
    "Njikọ nkwado na-arụ ọrụ ruo {duration}, oge nke a agwụla. Binye aka n'akwụkwọ arịrịọ ahụ ọzọ iji nweta njikọ ọhụrụ.",
  'page.closed.title': 'Akwụkwọ arịrịọ emepeghị',
  'page.closed.body': 'Akwụkwọ arịrịọ a anaghị anabata mbinye aka, ya mere akwadoghị mbinye aka gị.',
  'page.refused.title': 'Ajụrụ nkwado ahụ',
  'page.refused.body': "Kwado mbinye aka gị site na bọtịnụ dị n'ibe nke njikọ dị n'email gị na-emepe.",
  'page.withdraw.title': 'Wepụ mbinye aka gị',
  'page.withdraw.intro':
    "A ga-ewepụ mbinye aka gị, aha gị na adreesị email gị n'akwụkwọ arịrịọ a. A gaghị enwe ike ịtụgharị nke a.",
  'page.withdraw.button': 'Wepụ mbinye aka m',
  'page.withdraw.ignore': 'Ọ bụrụ na ịchọghị iwepụ ya, mechie ibe a: ọ dịghị ihe ga-agbanwe.',
  'page.withdrawn.title': 'Ewepụla mbinye aka',
  'page.withdrawn.body': "Ewepụla mbinye aka gị n'akwụkwọ arịrịọ ahụ, ya na aha gị na adreesị email gị.",
  'page.withdraw.closed': 'Akwụkwọ arịrịọ a anọghịzi oghe, ya mere a pụghịzi ịgbanwe mbinye aka dị na ya.',
  'page.confirm.updates': 'Zitere m email mgbe akwụkwọ arịrịọ a ruru otu ihe mgbaru ọsọ, nwetara nzaghachi, ma ọ bụ mechiri',
  'mail.update.milestone.subject': 'Mbinye aka: {count} — {title}',
  'mail.update.milestone.body': 'Akwụkwọ arịrịọ “{title}” i binyere aka eruola otu ihe mgbaru ọsọ. Mbinye aka: {count}.',
  'mail.update.response.subject': 'Nzaghachi maka akwụkwọ arịrịọ: {title}',
  'mail.update.response.body': '{agency} azaghachila akwụkwọ arịrịọ “{title}” i binyere aka:\n\n{response}',
  'mail.update.closed.subject': 'Emechiela akwụkwọ arịrịọ: {title}',
  'mail.update.closed.body':
    'Emechiela akwụkwọ arịrịọ “{title}” i binyere aka. Mbinye aka: {count}. Ọ bụrụ na e bipụta nzaghachi, ị ga-enweta ya site na email.',
  'mail.update.stop':
    "Ị na-enweta email ndị a n'ihi na ị rịọrọ ha mgbe i kwadoro mbinye aka gị. Iji kwụsị ha, mepee njikọ a:\n{link}",
  'page.updates.title': 'Kwụsị email gbasara akwụkwọ arịrịọ a',
  'page.updates.intro': 'Ị gaghị enwetakwa email gbasara akwụkwọ arịrịọ a. A ka na-agụ mbinye aka gị.',
  'page.updates.button': 'Kwụsị email ndị a',
  'page.updates.stopped.title': 'Akwụsịla email ndị a',
  'page.updates.stopped.body': 'Ị gaghị enwetakwa email gbasara akwụkwọ arịrịọ a. A ka na-agụ mbinye aka gị.',
  'mail.replies.confirm.subject': 'Kwado email gbasara nzaghachi: {title}',
  'mail.replies.confirm.body':
    'Ị rịọrọ ka anyị jiri email gwa gị mgbe mmadụ zaghachiri nkwupụta gị na mkparịta ụka “{title}”.\n\nIji kwado, mepee njikọ a ma pịa bọtịnụ “Kwado”:\n{link}\n\nNjikọ a ga-arụ ọrụ ruo {duration}. Ruo mgbe ị kwadoro, anyị agaghị ezitere gị ihe ọzọ. Ọ bụrụ na ịrịọghị nke a, leghara email a anya.',
  'mail.replies.digest.subject': 'Nzaghachi ọhụrụ na nkwupụta gị: {title}',
  'mail.replies.digest.body': 'Enwere nzaghachi ọhụrụ na nkwupụta gị na mkparịta ụka “{title}”:',
  'mail.replies.reply': '{name} dere:',
  'mail.replies.anonymous': 'Enweghị aha',
  'mail.replies.more': 'Nzaghachi ọhụrụ ndị ọzọ: {count}',
  'mail.replies.read': 'Gụọ mkparịta ụka ahụ:\n{link}',
  'mail.replies.stop':
    "Ị na-enweta email ndị a, ọ karịghị otu kwa awa, n'ihi na ị rịọrọ ha mgbe i dere nkwupụta. Iji kwụsị ha, mepee njikọ a:\n{link}",
  'page.discussion': 'Mkparịta ụka: {title}',
  'page.replies.confirm.title': 'Kwado email gbasara nzaghachi',
  'page.replies.confirm.intro':
    'Ị rịọrọ ka anyị jiri email gwa gị mgbe mmadụ zaghachiri nkwupụta gị na mkparịta ụka a. Anyị agaghị eziga ihe ọ bụla ruo mgbe ị kwadoro.',
  'page.replies.confirm.button': 'Kwado',
  'page.replies.confirm.ignore': 'Ọ bụrụ na ịrịọghị nke a, mechie ibe a: ị gaghị enweta email ọ bụla gbasara nzaghachi.',
  'page.replies.confirmed.title': 'Akwadola email gbasara nzaghachi',
  'page.replies.confirmed.body':
    'Mgbe mmadụ zaghachiri nkwupụta gị na mkparịta ụka a, ị ga-enweta email, ọ karịghị otu kwa awa. Email ọ bụla nwere njikọ iji kwụsị ha.',
  'page.replies.unknown.body': 'Njikọ a ezighị ezi. Hụ na i mepere njikọ ahụ niile site na email gị kacha ọhụrụ.',
  'page.replies.expired.body':
    'Njikọ nkwado na-arụ ọrụ ruo {duration}, oge nke a agwụla. Tinye adreesị email gị ọzọ mgbe ọzọ i dere nkwupụta.',
  'page.replies.stop.title': 'Kwụsị email gbasara nzaghachi',
  'page.replies.stop.intro': 'Ị gaghị enwetakwa email gbasara nzaghachi na mkparịta ụka a. Nkwupụta gị ga-anọgide otú ha dị.',
  'page.replies.stop.all': "Kwụsịkwa email gbasara nzaghachi na mkparịta ụka ọ bụla ọzọ, ugbu a na n'ọdịnihu",
  'page.replies.stop.button': 'Kwụsị email ndị a',
  'page.replies.stopped.body': 'Ị gaghị enwetakwa email gbasara nzaghachi na mkparịta ụka a.',
  'page.replies.stopped.all': 'Ị gaghị enwetakwa email gbasara nzaghachi na adreesị a, na mkparịta ụka ọ bụla.',
  'page.replies.back': 'Laghachi na mkparịta ụka',
  'page.back': "Laghachi n'akwụkwọ arịrịọ",
  'page.home': 'Gaa na {agency}',
};

export default messages;
