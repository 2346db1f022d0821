// slovenčina (sk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Načítava sa petícia…',
  'petition.full-text': 'Prečítať celý text petície',
  'petition.signatures': {
    '=0': 'Zatiaľ žiadne podpisy',
    one: '{count} podpis',
    few: '{count} podpisy',
    many: '{count} podpisu',
    other: '{count} podpisov',
  },
  'petition.progress': 'Podpisy: {count} z {goal} ({percent})',
  'petition.milestones': 'Míľniky',
  'petition.milestone': {
    few: '{count} podpisy — {label}',
    many: '{count} podpisu — {label}',
    one: '{count} podpis — {label}',
    other: '{count} podpisov — {label}',
  },
  'petition.reached': '(✓ dosiahnuté)',
  'petition.milestone-reached': 'Dosiahnutý míľnik: {label}.',
  'petition.closes': 'Podpisy sa zbierajú do {date}.',
  'petition.opens': 'Zbieranie podpisov pod touto petíciou sa začne {date}.',
  'petition.closed': 'Táto petícia je uzavretá. Podpisy sa už nezbierajú.',
  'petition.response': 'Oficiálna odpoveď',
  'petition.responded-on': 'Zverejnené {date}.',
  'petition.recent': 'Nedávno podpísali',
  'petition.sign': 'Podpísať túto petíciu',
  'petition.name': 'Meno a priezvisko',
  'petition.email': 'E-mailová adresa',
  'petition.email-hint': 'Pošleme vám odkaz na potvrdenie podpisu.',
  'petition.region': 'Miesto bydliska',
  'petition.region-choose': 'Vyberte miesto bydliska',
  'petition.consent':
    'Súhlasím so spracúvaním môjho mena, e-mailovej adresy a miesta bydliska na účel zaznamenania môjho podpisu, ako je opísané v {privacy}.',
  'petition.privacy-notice': 'informáciách o spracúvaní osobných údajov',
  'petition.show-name': 'Zobraziť moje meno vo verejnom zozname podpisov',
  'petition.submit': 'Podpísať petíciu',
  'petition.submitting': 'Podpisuje sa…',
  'petition.error-summary': 'Vyskytol sa problém',
  'petition.error.name': 'Zadajte meno a priezvisko.',
  'petition.error.email-empty': 'Zadajte e-mailovú adresu.',
  'petition.error.email': 'Zadajte e-mailovú adresu v správnom tvare, napríklad name@example.com.',
  'petition.error.region': 'Vyberte miesto bydliska.',
  'petition.error.consent': 'Na podpísanie petície je potrebný váš súhlas.',
  'petition.check-email': 'Skontrolujte si e-mail',
  'petition.check-email-body': 'Na adresu {email} sme poslali odkaz. Otvorte ho a potvrďte podpis: započíta sa až po potvrdení.',
  'petition.check-email-help':
    'Ak do niekoľkých minút nič nepríde, pozrite sa do priečinka so spamom alebo petíciu podpíšte znova s rovnakou adresou a dostanete nový odkaz.',
  'petition.share': 'Zdieľať petíciu',
  'petition.copied': 'Odkaz bol skopírovaný.',
};

export default messages;
