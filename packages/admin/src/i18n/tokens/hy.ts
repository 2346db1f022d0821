import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API տոկենների էջը՝ հայերեն։ */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API տոկեններ',
  'tokens.intro':
    'API տոկենը թույլ է տալիս սկրիպտին կամ այլ համակարգի Ձեր փոխարեն օգտվել կառավարման API-ից՝ աշխատանքն ավտոմատացնելու համար, օրինակ՝ արդյունքների գիշերային արտահանման։ Այն կարող է անել այն, ինչ թույլ է տալիս Ձեր դերը ({role})։',
  'tokens.howTo': 'Սկրիպտը տոկենն ուղարկում է յուրաքանչյուր հարցման Authorization վերնագրում՝',
  'tokens.loading': 'Ձեր տոկենները բեռնվում են…',
  'tokens.loadError': 'Չհաջողվեց բեռնել Ձեր տոկենները՝ {detail}',
  'tokens.retry': 'Կրկին փորձել',
  'tokens.none': 'Դուք API տոկեններ չունեք։',
  'tokens.caption': { one: 'Ձեր {count} տոկենը', other: 'Ձեր {count} տոկենները' },
  'col.name': 'Անվանում',
  'col.created': 'Ստեղծվել է',
  'col.lastUsed': 'Վերջին օգտագործումը',
  'col.status': 'Կարգավիճակ',
  'col.actions': 'Գործողություններ',
  'tokens.never': 'Երբեք',
  'tokens.active': 'Ակտիվ',
  'tokens.revoked': 'Հետ կանչված',
  'tokens.revoke': 'Հետ կանչել',
  'create.title': 'Ստեղծել տոկեն',
  'create.name': 'Անվանում',
  'create.nameHint': 'Ինչի համար է այն, որպեսզի հետո ճանաչեք։ Օրինակ՝ Արդյունքների գիշերային արտահանում։',
  'create.submit': 'Ստեղծել տոկենը',
  'create.working': 'Տոկենը ստեղծվում է…',
  'create.errorTitle': 'Տոկենը չստեղծվեց',
  'create.nameRequired': 'Մուտքագրեք տոկենի անվանումը',
  'created.title': 'Ձեր նոր տոկենը',
  'created.status': '«{name}» տոկենը ստեղծված է։',
  'created.warning':
    'Պատճենեք այն հիմա և պահեք ապահով տեղում, օրինակ՝ գաղտնաբառերի կառավարիչում կամ Ձեր ավտոմատացման գաղտնի կարգավորումներում։ Այն այլևս չի ցուցադրվի։ Յուրաքանչյուր ոք, ով այն ունի, կարող է գործել Ձեր անունից։',
  'created.label': '«{name}» API տոկենը',
  'created.done': 'Ես այն պահել եմ',
  copy: 'Պատճենել տոկենը',
  copied: 'Տոկենը պատճենվեց։',
  copyFailed: 'Տոկենը նշված է․ պատճենեք այն ստեղնաշարով կամ ընտրացանկով։',
  'revoke.title': 'Հետ կանչե՞լ «{name}» տոկենը',
  'revoke.body':
    'Այն օգտագործող սկրիպտներն ու համակարգերը անմիջապես կդադարեն աշխատել։ Սա անդառնալի է, բայց կարող եք ստեղծել նոր տոկեն։',
  'revoke.confirm': 'Այո, հետ կանչել',
  'revoke.done': '«{name}» տոկենը հետ է կանչված։',
  'revoke.errorTitle': 'Տոկենը հետ չկանչվեց',
  cancel: 'Չեղարկել',
  'role.admin': 'ադմինիստրատոր',
  'role.editor': 'խմբագիր',
  'role.moderator': 'մոդերատոր',
  'role.analyst': 'վերլուծաբան',
};

export default messages;
