import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API marķieru lapa latviešu valodā. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API marķieri',
  'tokens.intro':
    'API marķieris ļauj skriptam vai citai sistēmai Jūsu vārdā izmantot administrēšanas API, lai automatizētu darbu, piemēram, rezultātu eksportu katru nakti. Tas var darīt to, ko atļauj Jūsu loma ({role}).',
  'tokens.howTo': 'Skripts nosūta marķieri katra pieprasījuma galvenē Authorization:',
  'tokens.loading': 'Notiek Jūsu marķieru ielāde…',
  'tokens.loadError': 'Jūsu marķierus neizdevās ielādēt: {detail}',
  'tokens.retry': 'Mēģināt vēlreiz',
  'tokens.none': 'Jums nav API marķieru.',
  'tokens.caption': {
    zero: 'Jūsu {count} marķieri',
    one: 'Jūsu {count} marķieris',
    other: 'Jūsu {count} marķieri',
  },
  'col.name': 'Nosaukums',
  'col.created': 'Izveidots',
  'col.lastUsed': 'Pēdējoreiz izmantots',
  'col.status': 'Statuss',
  'col.actions': 'Darbības',
  'tokens.never': 'Nekad',
  'tokens.active': 'Aktīvs',
  'tokens.revoked': 'Atsaukts',
  'tokens.revoke': 'Atsaukt',
  'create.title': 'Izveidot marķieri',
  'create.name': 'Nosaukums',
  'create.nameHint': 'Kam tas paredzēts, lai vēlāk to atpazītu. Piemēram: Rezultātu eksports katru nakti.',
  'create.submit': 'Izveidot marķieri',
  'create.working': 'Notiek marķiera izveide…',
  'create.errorTitle': 'Marķieris netika izveidots',
  'create.nameRequired': 'Ievadiet marķiera nosaukumu',
  'created.title': 'Jūsu jaunais marķieris',
  'created.status': 'Marķieris „{name}“ ir izveidots.',
  'created.warning':
    'Nokopējiet to tagad un glabājiet drošā vietā, piemēram, paroļu pārvaldniekā vai savas automatizācijas slepenajos iestatījumos. Tas vairs netiks parādīts. Ikviens, kam tas ir, var rīkoties Jūsu vārdā.',
  'created.label': 'API marķieris „{name}“',
  'created.done': 'Esmu to saglabājis',
  copy: 'Kopēt marķieri',
  copied: 'Marķieris nokopēts.',
  copyFailed: 'Marķieris ir atlasīts: nokopējiet to ar tastatūru vai izvēlni.',
  'revoke.title': 'Vai atsaukt marķieri „{name}“?',
  'revoke.body':
    'Skripti un sistēmas, kas to izmanto, nekavējoties pārstās darboties. Šo darbību nevar atcelt, taču varat izveidot jaunu marķieri.',
  'revoke.confirm': 'Jā, atsaukt',
  'revoke.done': 'Marķieris „{name}“ ir atsaukts.',
  'revoke.errorTitle': 'Marķieris netika atsaukts',
  cancel: 'Atcelt',
  'role.admin': 'administrators',
  'role.editor': 'redaktors',
  'role.moderator': 'moderators',
  'role.analyst': 'analītiķis',
};

export default messages;
