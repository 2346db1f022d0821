// čeština (cs): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Načítání ankety…',
  'poll.vote': 'Hlasovat',
  'poll.submitting': 'Odesílání hlasu…',
  'poll.change-vote': 'Změnit hlas',
  'poll.keep-vote': 'Ponechat můj hlas',
  'poll.hint-single': 'Vyberte jednu možnost.',
  'poll.hint-multiple': {
    one: 'Vyberte jednu možnost.',
    few: 'Vyberte nejvýše {count} možnosti.',
    many: 'Vyberte nejvýše {count} možnosti.',
    other: 'Vyberte nejvýše {count} možností.',
  },
  'poll.max-reached': {
    one: 'Je vybrán nejvyšší povolený počet možností: {count}.',
    few: 'Je vybrán nejvyšší povolený počet možností: {count}.',
    many: 'Je vybrán nejvyšší povolený počet možností: {count}.',
    other: 'Je vybrán nejvyšší povolený počet možností: {count}.',
  },
  'poll.need-choice': 'Před hlasováním vyberte možnost.',
  'poll.voted': 'Děkujeme. Váš hlas byl zaznamenán.',
  'poll.vote-changed': 'Váš hlas byl změněn.',
  'poll.you-voted': 'Váš hlas v této anketě je zaznamenán.',
  'poll.your-choice': '(✓ vaše volba)',
  'poll.votes': { '=0': 'žádné hlasy', one: '{count} hlas', few: '{count} hlasy', many: '{count} hlasu', other: '{count} hlasů' },
  'poll.participants': {
    '=0': 'Zatím nikdo nehlasoval.',
    one: 'Hlasovala {count} osoba.',
    few: 'Hlasovaly {count} osoby.',
    many: 'Hlasovalo {count} osoby.',
    other: 'Hlasovalo {count} osob.',
  },
  'poll.closes': 'Anketa skončí {relative} ({date}).',
  'poll.opens': 'Anketa začne {relative} ({date}).',
  'poll.closed-on': 'Anketa skončila {date}.',
  'poll.closed': 'Anketa je ukončena.',
  'poll.results': 'Výsledky',
  'poll.results-after-vote': 'Výsledky se zobrazí po hlasování.',
  'poll.results-after-close': 'Výsledky se zobrazí po skončení ankety.',
  'poll.results-never': 'Výsledky této ankety se nezveřejňují.',
  'poll.error.already-done': 'Váš hlas v této anketě už byl zaznamenán.',
  'poll.error.closed': 'V této anketě už nelze hlasovat.',
};

export default messages;
