import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API žetonų puslapis lietuvių kalba. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API žetonai',
  'tokens.intro':
    'API žetonas leidžia scenarijui ar kitai sistemai Jūsų vardu naudotis administravimo API ir automatizuoti darbus, pavyzdžiui, kasnaktinį rezultatų eksportą. Jis gali daryti tai, ką leidžia Jūsų vaidmuo ({role}).',
  'tokens.howTo': 'Scenarijus siunčia žetoną kiekvienos užklausos antraštėje Authorization:',
  'tokens.loading': 'Įkeliami Jūsų žetonai…',
  'tokens.loadError': 'Nepavyko įkelti Jūsų žetonų: {detail}',
  'tokens.retry': 'Bandyti dar kartą',
  'tokens.none': 'Neturite API žetonų.',
  'tokens.caption': {
    one: 'Jūsų {count} žetonas',
    few: 'Jūsų {count} žetonai',
    many: 'Jūsų {count} žetono',
    other: 'Jūsų {count} žetonų',
  },
  'col.name': 'Pavadinimas',
  'col.created': 'Sukurta',
  'col.lastUsed': 'Paskutinį kartą naudota',
  'col.status': 'Būsena',
  'col.actions': 'Veiksmai',
  'tokens.never': 'Niekada',
  'tokens.active': 'Galioja',
  'tokens.revoked': 'Atšauktas',
  'tokens.revoke': 'Atšaukti',
  'create.title': 'Sukurti žetoną',
  'create.name': 'Pavadinimas',
  'create.nameHint': 'Kam jis skirtas, kad vėliau jį atpažintumėte. Pavyzdžiui: Kasnaktinis rezultatų eksportas.',
  'create.submit': 'Sukurti žetoną',
  'create.working': 'Kuriamas žetonas…',
  'create.errorTitle': 'Žetonas nesukurtas',
  'create.nameRequired': 'Įveskite žetono pavadinimą',
  'created.title': 'Jūsų naujas žetonas',
  'created.status': 'Žetonas „{name}“ sukurtas.',
  'created.warning':
    'Nukopijuokite jį dabar ir saugiai laikykite, pavyzdžiui, slaptažodžių tvarkyklėje arba slaptuose automatizavimo nustatymuose. Jis daugiau nebus rodomas. Kiekvienas, kas jį turi, gali veikti Jūsų vardu.',
  'created.label': 'API žetonas „{name}“',
  'created.done': 'Jį išsaugojau',
  copy: 'Kopijuoti žetoną',
  copied: 'Žetonas nukopijuotas.',
  copyFailed: 'Žetonas pažymėtas: nukopijuokite jį klaviatūra arba per meniu.',
  'revoke.title': 'Atšaukti žetoną „{name}“?',
  'revoke.body':
    'Jį naudojantys scenarijai ir sistemos iškart nustos veikti. To negalima anuliuoti, bet galite sukurti naują žetoną.',
  'revoke.confirm': 'Taip, atšaukti',
  'revoke.done': 'Žetonas „{name}“ atšauktas.',
  'revoke.errorTitle': 'Žetonas neatšauktas',
  cancel: 'Atsisakyti',
  'role.admin': 'administratorius',
  'role.editor': 'redaktorius',
  'role.moderator': 'moderatorius',
  'role.analyst': 'analitikas',
};

export default messages;
