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
  'mail.replies.confirm.subject': 'Confirmați e-mailurile despre răspunsuri: {title}',
  'mail.replies.confirm.body':
    'Ați cerut să primiți un e-mail când cineva răspunde la comentariile dumneavoastră din discuția „{title}”.\n\nPentru a confirma, deschideți acest link și apăsați butonul „Confirm”:\n{link}\n\nLinkul este valabil {duration}. Până nu confirmați, nu vă trimitem nimic altceva. Dacă nu ați cerut acest lucru, ignorați acest e-mail.',
  'mail.replies.digest.subject': 'Răspunsuri noi la comentariul dumneavoastră: {title}',
  'mail.replies.digest.body': 'Există răspunsuri noi la comentariile dumneavoastră din discuția „{title}”:',
  'mail.replies.reply': '{name} a scris:',
  'mail.replies.anonymous': 'Anonim',
  'mail.replies.more': 'Alte răspunsuri noi: {count}',
  'mail.replies.read': 'Citiți discuția:\n{link}',
  'mail.replies.stop':
    'Primiți aceste e-mailuri, cel mult unul pe oră, pentru că le-ați cerut când ați publicat un comentariu. Pentru a le opri, deschideți acest link:\n{link}',
  'page.discussion': 'Discuție: {title}',
  'page.replies.confirm.title': 'Confirmați e-mailurile despre răspunsuri',
  'page.replies.confirm.intro':
    'Ați cerut să primiți un e-mail când cineva răspunde la comentariile dumneavoastră din această discuție. Nu trimitem nimic până nu confirmați.',
  'page.replies.confirm.button': 'Confirm',
  'page.replies.confirm.ignore':
    'Dacă nu ați cerut acest lucru, închideți această pagină: nu veți primi e-mailuri despre răspunsuri.',
  'page.replies.confirmed.title': 'E-mailuri despre răspunsuri confirmate',
  'page.replies.confirmed.body':
    'Când cineva răspunde la comentariile dumneavoastră din această discuție, veți primi un e-mail, cel mult unul pe oră. Fiecare conține un link pentru a le opri.',
  'page.replies.unknown.body':
    'Acest link nu este valid. Verificați dacă ați deschis linkul complet din cel mai recent e-mail primit.',
  'page.replies.expired.body':
    'Linkurile de confirmare sunt valabile {duration}, iar acesta a expirat. Introduceți din nou adresa de e-mail data viitoare când publicați un comentariu.',
  'page.replies.stop.title': 'Opriți e-mailurile despre răspunsuri',
  'page.replies.stop.intro':
    'Nu veți mai primi e-mailuri despre răspunsurile din această discuție. Comentariile dumneavoastră rămân așa cum sunt.',
  'page.replies.stop.all': 'Opresc și e-mailurile despre răspunsuri din toate celelalte discuții, acum și în viitor',
  'page.replies.stop.button': 'Opresc e-mailurile',
  'page.replies.stopped.body': 'Nu veți mai primi e-mailuri despre răspunsurile din această discuție.',
  'page.replies.stopped.all': 'Nu veți mai primi la această adresă e-mailuri despre răspunsuri, din nicio discuție.',
  'page.replies.back': 'Înapoi la discuție',
  'page.back': 'Înapoi la petiție',
  'page.home': 'Mergi la {agency}',
};

export default messages;
