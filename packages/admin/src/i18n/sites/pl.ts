import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Strona „Witryny” (witryny, z których można wysyłać głosy, komentarze, podpisy i oceny), po polsku. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Witryny',
  'sites.intro':
    'Widżety może wyświetlać każda witryna, ale głosować, komentować, podpisywać i oceniać można tylko na stronach witryn dozwolonych tutaj.',
  'sites.loading': 'Ładowanie…',
  'sites.loadError': 'Nie udało się załadować witryn: {detail}',
  'sites.retry': 'Spróbuj ponownie',
  'sites.readOnly': 'Tę listę mogą zmieniać tylko administratorzy. Poproś jednego z nich o dopuszczenie Twojej witryny.',
  'refused.title': 'Ostatnio odrzucone witryny',
  'refused.intro':
    'Strony tych witryn próbowały wysłać głos, komentarz, podpis lub ocenę i zostały odrzucone. Jeśli witryna należy do Ciebie, dopuść ją.',
  'refused.none': 'Ostatnio nie odrzucono żadnej witryny.',
  'refused.caption': 'Odrzucone witryny, od najnowszych',
  'refused.allow': 'Dopuść',
  'refused.note': 'Dopuszczono z listy odrzuconych witryn',
  'col.site': 'Witryna',
  'col.refusals': 'Odrzucone próby',
  'col.lastRefused': 'Ostatnie odrzucenie',
  'col.firstRefused': 'Pierwsze odrzucenie',
  'col.note': 'Uwagi',
  'col.addedBy': 'Dodane przez',
  'col.added': 'Dodano',
  'col.action': 'Działanie',
  'allowed.title': 'Dozwolone witryny',
  'allowed.caption': 'Dozwolone witryny',
  'allowed.none': 'Nie dopuszczono jeszcze żadnej witryny: można uczestniczyć tylko na stronach tego serwera.',
  'allowed.fromEnvironment': 'Ustawienie serwera',
  'allowed.fromEnvironmentNote': 'Ustawione w CIVIC_ALLOWED_ORIGINS: zmień je w ustawieniach serwera.',
  'allowed.remove': 'Usuń',
  'confirm.remove': 'Przestać dopuszczać {origin}?',
  'confirm.removeBody':
    'Osoby na jej stronach nie będą już mogły głosować, komentować, podpisywać ani oceniać. Widżety już umieszczone na jej stronach pozostaną widoczne.',
  'confirm.yesRemove': 'Tak, usuń',
  'confirm.cancel': 'Anuluj',
  'add.title': 'Dopuść witrynę',
  'add.origin': 'Adres internetowy witryny',
  'add.originHint':
    'Na przykład https://www.city.gov. Dopuszczona zostaje każda strona tej witryny; wszystko po nazwie witryny jest pomijane.',
  'add.note': 'Uwagi (nieobowiązkowe)',
  'add.noteHint': 'Czym jest witryna i kto nią zarządza, aby inni wiedzieli, dlaczego jest dopuszczona. Maksymalnie 200 znaków.',
  'add.submit': 'Dopuść witrynę',
  'add.saving': 'Zapisywanie…',
  'add.errorTitle': 'Wystąpił problem',
  'error.origin': 'Wpisz adres internetowy witryny, na przykład https://www.city.gov',
  'error.note': 'Uwagi mogą mieć maksymalnie 200 znaków',
  'notice.added': 'Witryna {origin} jest dopuszczona: osoby na jej stronach mogą teraz uczestniczyć.',
  'notice.removed': 'Witryna {origin} nie jest już dopuszczona.',
};

export default messages;
