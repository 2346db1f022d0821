// polski (pl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Potwierdź swój podpis: {title}',
  'mail.confirm.body':
    'Otrzymaliśmy prośbę o podpisanie petycji „{title}”.\n\nAby potwierdzić podpis, otwórz ten link i naciśnij przycisk „Potwierdź mój podpis”:\n{link}\n\nLink jest ważny przez {duration}. Podpis liczy się dopiero po potwierdzeniu. Jeśli prośba nie pochodzi od Ciebie, zignoruj tę wiadomość: nic nie zostanie podpisane.',
  'mail.confirm.withdraw':
    'Jeśli zmienisz zdanie, możesz wycofać swój podpis, dopóki trwa zbieranie podpisów pod petycją:\n{withdrawLink}',
  'mail.already.subject': 'Petycja została już podpisana: {title}',
  'mail.already.body':
    'Ktoś próbował podpisać petycję „{title}”, podając ten adres e-mail, ale z tego adresu petycja została już podpisana. Z każdego adresu można podpisać petycję tylko raz, więc nic się nie zmieniło.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Potwierdź swój podpis',
  'page.confirm.intro': 'Otrzymaliśmy prośbę o podpisanie tej petycji. Podpis liczy się dopiero po jego potwierdzeniu.',
  'page.confirm.button': 'Potwierdź mój podpis',
  'page.confirm.ignore': 'Jeśli prośba nie pochodzi od Ciebie, zamknij tę stronę: nic nie zostanie podpisane.',
  'page.petition': 'Petycja: {title}',
  'page.confirmed.title': 'Podpis potwierdzony',
  'page.confirmed.body': 'Dziękujemy. Twój podpis został potwierdzony i jest już liczony.',
  'page.already.title': 'Podpis jest już potwierdzony',
  'page.already.body': 'Twój podpis został już wcześniej potwierdzony. Liczy się jeden raz.',
  'page.unknown.title': 'Nie rozpoznano linku',
  'page.unknown.body':
    'Ten link potwierdzający jest nieprawidłowy. Sprawdź, czy został otwarty cały link z najnowszej wiadomości e-mail, albo podpisz petycję ponownie.',
  'page.expired.title': 'Link wygasł',
  'page.expired.body':
    'Linki potwierdzające są ważne przez {duration}, a ten już wygasł. Podpisz petycję ponownie, aby otrzymać nowy link.',
  'page.closed.title': 'Petycja nie jest otwarta',
  'page.closed.body': 'Ta petycja nie zbiera teraz podpisów, dlatego Twój podpis nie został potwierdzony.',
  'page.refused.title': 'Potwierdzenie odrzucone',
  'page.refused.body': 'Potwierdź podpis przyciskiem na stronie, która otwiera się po kliknięciu linku z wiadomości e-mail.',
  'page.withdraw.title': 'Wycofaj swój podpis',
  'page.withdraw.intro':
    'Twój podpis, imię i nazwisko oraz adres e-mail zostaną usunięte z tej petycji. Tej operacji nie można cofnąć.',
  'page.withdraw.button': 'Wycofaj mój podpis',
  'page.withdraw.ignore': 'Jeśli nie chcesz wycofywać podpisu, zamknij tę stronę: nic się nie zmieni.',
  'page.withdrawn.title': 'Podpis wycofany',
  'page.withdrawn.body': 'Twój podpis został usunięty z petycji razem z Twoim imieniem i nazwiskiem oraz adresem e-mail.',
  'page.withdraw.closed': 'Ta petycja nie jest już otwarta, dlatego nie można zmieniać jej podpisów.',
  'page.confirm.updates': 'Wyślij mi e-mail, gdy ta petycja osiągnie etap, otrzyma odpowiedź lub zostanie zamknięta',
  'mail.update.milestone.subject': 'Zebrane podpisy: {count} — {title}',
  'mail.update.milestone.body': 'Petycja „{title}”, pod którą widnieje Twój podpis, osiągnęła etap. Zebrane podpisy: {count}.',
  'mail.update.response.subject': 'Odpowiedź na petycję: {title}',
  'mail.update.response.body': '{agency} odpowiada na petycję „{title}”, pod którą widnieje Twój podpis:\n\n{response}',
  'mail.update.closed.subject': 'Petycja zamknięta: {title}',
  'mail.update.closed.body':
    'Petycja „{title}”, pod którą widnieje Twój podpis, została zamknięta. Zebrane podpisy: {count}. Jeśli zostanie opublikowana odpowiedź, otrzymasz ją e-mailem.',
  'mail.update.stop':
    'Otrzymujesz te wiadomości na własną prośbę, zgłoszoną przy potwierdzaniu podpisu. Aby je wyłączyć, otwórz ten link:\n{link}',
  'page.updates.title': 'Wyłącz wiadomości o tej petycji',
  'page.updates.intro': 'Nie będziesz już otrzymywać wiadomości o tej petycji. Twój podpis nadal się liczy.',
  'page.updates.button': 'Wyłącz wiadomości',
  'page.updates.stopped.title': 'Wiadomości wyłączone',
  'page.updates.stopped.body': 'Nie będziesz już otrzymywać wiadomości o tej petycji. Twój podpis nadal się liczy.',
  'mail.replies.confirm.subject': 'Potwierdź powiadomienia e-mail o odpowiedziach: {title}',
  'mail.replies.confirm.body':
    'Otrzymaliśmy prośbę o powiadamianie e-mailem, gdy ktoś odpowie na Twoje komentarze w dyskusji „{title}”.\n\nAby potwierdzić, otwórz ten link i naciśnij przycisk „Potwierdź”:\n{link}\n\nLink jest ważny przez {duration}. Dopóki nie potwierdzisz, nie wyślemy Ci nic więcej. Jeśli prośba nie pochodzi od Ciebie, zignoruj tę wiadomość.',
  'mail.replies.digest.subject': 'Nowe odpowiedzi na Twój komentarz: {title}',
  'mail.replies.digest.body': 'Są nowe odpowiedzi na Twoje komentarze w dyskusji „{title}”:',
  'mail.replies.reply': '{name} pisze:',
  'mail.replies.anonymous': 'Anonim',
  'mail.replies.more': 'Więcej nowych odpowiedzi: {count}',
  'mail.replies.read': 'Przeczytaj dyskusję:\n{link}',
  'mail.replies.stop':
    'Otrzymujesz te wiadomości (najwyżej jedną na godzinę) na własną prośbę, zgłoszoną przy dodawaniu komentarza. Aby je wyłączyć, otwórz ten link:\n{link}',
  'page.discussion': 'Dyskusja: {title}',
  'page.replies.confirm.title': 'Potwierdź powiadomienia e-mail o odpowiedziach',
  'page.replies.confirm.intro':
    'Otrzymaliśmy prośbę o powiadamianie e-mailem, gdy ktoś odpowie na Twoje komentarze w tej dyskusji. Nic nie wyślemy, dopóki tego nie potwierdzisz.',
  'page.replies.confirm.button': 'Potwierdź',
  'page.replies.confirm.ignore':
    'Jeśli prośba nie pochodzi od Ciebie, zamknij tę stronę: nie otrzymasz wiadomości o odpowiedziach.',
  'page.replies.confirmed.title': 'Powiadomienia e-mail o odpowiedziach potwierdzone',
  'page.replies.confirmed.body':
    'Gdy ktoś odpowie na Twoje komentarze w tej dyskusji, otrzymasz wiadomość e-mail – najwyżej jedną na godzinę. W każdej z nich będzie link do wyłączenia tych wiadomości.',
  'page.replies.unknown.body':
    'Ten link jest nieprawidłowy. Sprawdź, czy został otwarty cały link z najnowszej wiadomości e-mail.',
  'page.replies.expired.body':
    'Linki potwierdzające są ważne przez {duration}, a ten już wygasł. Podaj ponownie swój adres e-mail, gdy następnym razem dodasz komentarz.',
  'page.replies.stop.title': 'Wyłącz wiadomości o odpowiedziach',
  'page.replies.stop.intro':
    'Nie będziesz już otrzymywać wiadomości o odpowiedziach w tej dyskusji. Twoje komentarze pozostaną bez zmian.',
  'page.replies.stop.all': 'Wyłącz też wiadomości o odpowiedziach we wszystkich innych dyskusjach, teraz i w przyszłości',
  'page.replies.stop.button': 'Wyłącz wiadomości',
  'page.replies.stopped.body': 'Nie będziesz już otrzymywać wiadomości o odpowiedziach w tej dyskusji.',
  'page.replies.stopped.all': 'Na ten adres nie będą już przychodzić wiadomości o odpowiedziach z żadnej dyskusji.',
  'page.replies.back': 'Wróć do dyskusji',
  'page.back': 'Wróć do petycji',
  'page.home': 'Przejdź do strony: {agency}',
};

export default messages;
