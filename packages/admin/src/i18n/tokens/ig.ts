import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Ibe igodo API, n'asụsụ Igbo. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Igodo API',
  'tokens.intro':
    "Igodo API na-enye script ma ọ bụ sistemụ ọzọ ohere iji API nchịkwa n'ọnọdụ gị, iji mee ọrụ na-akpaghị aka dịka mbupụ nsonaazụ kwa abalị. Ọ nwere ike ime ihe ọkwa gị kwere ({role}).",
  'tokens.howTo': "Script ahụ na-eziga igodo ahụ n'isi Authorization nke arịrịọ ọ bụla:",
  'tokens.loading': 'Na-ebu igodo gị…',
  'tokens.loadError': 'Enweghị ike ibu igodo gị: {detail}',
  'tokens.retry': 'Nwaa ọzọ',
  'tokens.none': 'Ị nweghị igodo API ọ bụla.',
  'tokens.caption': { other: 'Igodo gị ({count})' },
  'col.name': 'Aha',
  'col.created': 'Mgbe emepụtara ya',
  'col.lastUsed': 'Mgbe ejiri ya ikpeazụ',
  'col.status': 'Ọnọdụ',
  'col.actions': 'Omume',
  'tokens.never': 'Ọ dịtụbeghị',
  'tokens.active': 'Na-arụ ọrụ',
  'tokens.revoked': 'Ewepụrụ ikike ya',
  'tokens.revoke': 'Wepụ ikike',
  'create.title': 'Mepụta igodo',
  'create.name': 'Aha',
  'create.nameHint': 'Ihe ọ bụ maka ya, ka ị mata ya emesịa. Ọmụmaatụ: Mbupụ nsonaazụ kwa abalị.',
  'create.submit': 'Mepụta igodo',
  'create.working': 'Na-emepụta igodo…',
  'create.errorTitle': 'Emepụtaghị igodo ahụ',
  'create.nameRequired': 'Tinye aha maka igodo ahụ',
  'created.title': 'Igodo ọhụrụ gị',
  'created.status': 'Emepụtala igodo “{name}”.',
  'created.warning':
    "Depụta ya ugbu a ma chekwaa ya nke ọma, dịka n'ime njikwa paswọọdụ ma ọ bụ na ntọala nzuzo nke sistemụ akpaaka gị. A gaghị egosi ya ọzọ. Onye ọ bụla nwere ya nwere ike ime ihe dịka gị.",
  'created.label': 'Igodo API “{name}”',
  'created.done': 'Echekwala m ya',
  copy: 'Depụta igodo',
  copied: 'Edepụtala igodo ahụ.',
  copyFailed: 'Ahọrọla igodo ahụ: depụta ya site na keyboard gị ma ọ bụ menu.',
  'revoke.title': 'Wepụ ikike igodo “{name}”?',
  'revoke.body':
    'Script na sistemụ ndị na-eji ya ga-akwụsị ọrụ ozugbo. Enweghị ike ịtụgharị nke a, mana ị nwere ike ịmepụta igodo ọhụrụ.',
  'revoke.confirm': 'Ee, wepụ ikike',
  'revoke.done': 'Ewepụla ikike igodo “{name}”.',
  'revoke.errorTitle': 'Ewepụghị ikike igodo ahụ',
  cancel: 'Kagbuo',
  'role.admin': 'onye nchịkwa',
  'role.editor': 'onye ndezi',
  'role.moderator': 'onye nlekọta',
  'role.analyst': 'onye nyocha',
};

export default messages;
