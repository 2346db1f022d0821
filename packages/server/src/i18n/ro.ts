// română (ro): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Confirmați-vă semnătura: {title}',
  'mail.confirm.body':
    'Ați cerut să semnați petiția „{title}”.\n\nPentru a vă confirma semnătura, deschideți acest link și apăsați butonul „Confirm semnătura”:\n{link}\n\nLinkul este valabil {duration}. Semnătura dumneavoastră se ia în calcul numai după confirmare. Dacă nu ați cerut să semnați, ignorați acest e-mail: nu se va semna nimic.',
  'mail.confirm.withdraw': 'Dacă vă răzgândiți, vă puteți retrage semnătura cât timp petiția este deschisă:\n{withdrawLink}',
  'mail.already.subject': 'Ați semnat deja: {title}',
  'mail.already.body':
    'Cineva a încercat să semneze petiția „{title}” cu această adresă de e-mail, cu care petiția fusese deja semnată. Fiecare adresă poate semna o singură dată, așa că nu s-a schimbat nimic.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Confirmați-vă semnătura',
  'page.confirm.intro':
    'Ați cerut să semnați această petiție. Semnătura dumneavoastră se ia în calcul numai după ce o confirmați.',
  'page.confirm.button': 'Confirm semnătura',
  'page.confirm.ignore': 'Dacă nu ați cerut să semnați, închideți această pagină: nu se va semna nimic.',
  'page.petition': 'Petiție: {title}',
  'page.confirmed.title': 'Semnătură confirmată',
  'page.confirmed.body': 'Vă mulțumim. Semnătura dumneavoastră a fost confirmată și se ia acum în calcul.',
  'page.already.title': 'Semnătură deja confirmată',
  'page.already.body': 'Semnătura dumneavoastră fusese deja confirmată. Se ia în calcul o singură dată.',
  'page.unknown.title': 'Link nerecunoscut',
  'page.unknown.body':
    'Acest link de confirmare nu este valid. Verificați dacă ați deschis linkul complet din cel mai recent e-mail primit sau semnați din nou petiția.',
  'page.expired.title': 'Link expirat',
  'page.expired.body':
    'Linkurile de confirmare sunt valabile {duration}, iar acesta a expirat. Semnați din nou petiția pentru a primi un link nou.',
  'page.closed.title': 'Petiția nu este deschisă',
  'page.closed.body': 'Această petiție nu primește semnături, așa că semnătura dumneavoastră nu a fost confirmată.',
  'page.refused.title': 'Confirmare refuzată',
  'page.refused.body': 'Confirmați-vă semnătura cu butonul de pe pagina care se deschide din linkul primit prin e-mail.',
  'page.withdraw.title': 'Retrageți-vă semnătura',
  'page.withdraw.intro':
    'Semnătura, numele și adresa dumneavoastră de e-mail vor fi șterse din această petiție. Această acțiune nu poate fi anulată.',
  'page.withdraw.button': 'Retrag semnătura',
  'page.withdraw.ignore': 'Dacă nu doriți să vă retrageți semnătura, închideți această pagină: nu se va schimba nimic.',
  'page.withdrawn.title': 'Semnătură retrasă',
  'page.withdrawn.body':
    'Semnătura dumneavoastră a fost ștearsă din petiție, împreună cu numele și adresa dumneavoastră de e-mail.',
  'page.withdraw.closed': 'Această petiție nu mai este deschisă, așa că semnăturile nu mai pot fi modificate.',
  'page.confirm.updates': 'Doresc să primesc un e-mail când această petiție atinge un prag, primește un răspuns sau se închide',
  'mail.update.milestone.subject': 'Semnături: {count} — {title}',
  'mail.update.milestone.body': 'Petiția „{title}”, pe care ați semnat-o, a atins un prag. Semnături: {count}.',
  'mail.update.response.subject': 'Răspuns la petiție: {title}',
  'mail.update.response.body': '{agency} a răspuns la petiția „{title}”, pe care ați semnat-o:\n\n{response}',
  'mail.update.closed.subject': 'Petiție închisă: {title}',
  'mail.update.closed.body':
    'Petiția „{title}”, pe care ați semnat-o, s-a închis. Număr de semnături: {count}. Dacă se publică un răspuns, îl veți primi prin e-mail.',
  'mail.update.stop':
    'Primiți aceste e-mailuri pentru că le-ați cerut când v-ați confirmat semnătura. Pentru a le opri, deschideți acest link:\n{link}',
  'page.updates.title': 'Opriți e-mailurile despre această petiție',
  'page.updates.intro':
    'Nu veți mai primi e-mailuri despre această petiție. Semnătura dumneavoastră se ia în calcul în continuare.',
  'page.updates.button': 'Opresc e-mailurile',
  'page.updates.stopped.title': 'E-mailuri oprite',
  'page.updates.stopped.body':
    'Nu veți mai primi e-mailuri despre această petiție. Semnătura dumneavoastră se ia în calcul în continuare.',
  'page.back': 'Înapoi la petiție',
  'page.home': 'Mergi la {agency}',
};

export default messages;
