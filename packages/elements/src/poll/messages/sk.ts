// slovenčina (sk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Načítava sa anketa…',
  'poll.vote': 'Hlasovať',
  'poll.submitting': 'Odosiela sa váš hlas…',
  'poll.change-vote': 'Zmeniť hlas',
  'poll.keep-vote': 'Ponechať môj hlas',
  'poll.hint-single': 'Vyberte jednu možnosť.',
  'poll.hint-multiple': {
    one: 'Vyberte jednu možnosť.',
    few: 'Vyberte najviac {count} možnosti.',
    many: 'Vyberte najviac {count} možnosti.',
    other: 'Vyberte najviac {count} možností.',
  },
  'poll.max-reached': {
    one: 'Vybrali ste najvyšší povolený počet možností: {count}.',
    few: 'Vybrali ste najvyšší povolený počet možností: {count}.',
    many: 'Vybrali ste najvyšší povolený počet možností: {count}.',
    other: 'Vybrali ste najvyšší povolený počet možností: {count}.',
  },
  'poll.need-choice': 'Pred hlasovaním vyberte možnosť.',
  'poll.voted': 'Ďakujeme. Váš hlas bol zaznamenaný.',
  'poll.vote-changed': 'Váš hlas bol zmenený.',
  'poll.you-voted': 'V tejto ankete ste už hlasovali.',
  'poll.your-choice': '(✓ vaša voľba)',
  'poll.votes': {
    '=0': 'žiadne hlasy',
    one: '{count} hlas',
    few: '{count} hlasy',
    many: '{count} hlasu',
    other: '{count} hlasov',
  },
  'poll.participants': {
    '=0': 'Zatiaľ nikto nehlasoval.',
    one: 'Hlasovala {count} osoba.',
    few: 'Hlasovali {count} osoby.',
    many: 'Hlasovalo {count} osoby.',
    other: 'Hlasovalo {count} osôb.',
  },
  'poll.closes': 'Anketa sa skončí {relative} ({date}).',
  'poll.opens': 'Anketa sa začne {relative} ({date}).',
  'poll.closed-on': 'Anketa sa skončila {date}.',
  'poll.closed': 'Anketa je ukončená.',
  'poll.results': 'Výsledky',
  'poll.results-after-vote': 'Výsledky sa zobrazia po hlasovaní.',
  'poll.results-after-close': 'Výsledky sa zobrazia po skončení ankety.',
  'poll.results-never': 'Výsledky tejto ankety sa nezverejňujú.',
  'poll.error.already-done': 'V tejto ankete ste už hlasovali.',
  'poll.error.closed': 'V tejto ankete už nie je možné hlasovať.',
};

export default messages;
