// čeština (cs): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Načítání petice…',
  'petition.full-text': 'Přečíst celý text petice',
  'petition.signatures': {
    '=0': 'Zatím žádné podpisy',
    one: '{count} podpis',
    few: '{count} podpisy',
    many: '{count} podpisu',
    other: '{count} podpisů',
  },
  'petition.progress': 'Podpisy: {count} z {goal} ({percent})',
  'petition.milestones': 'Milníky',
  'petition.milestone': {
    few: '{count} podpisy — {label}',
    many: '{count} podpisu — {label}',
    one: '{count} podpis — {label}',
    other: '{count} podpisů — {label}',
  },
  'petition.reached': '(✓ dosaženo)',
  'petition.milestone-reached': 'Milník dosažen: {label}.',
  'petition.closes': 'Podpisy se sbírají do {date}.',
  'petition.opens': 'Sběr podpisů pod touto peticí začne {date}.',
  'petition.closed': 'Tato petice je uzavřena. Podpisy se už nesbírají.',
  'petition.response': 'Oficiální odpověď',
  'petition.responded-on': 'Zveřejněno {date}.',
  'petition.recent': 'Nedávno podepsali',
  'petition.sign': 'Podepsat tuto petici',
  'petition.name': 'Jméno a příjmení',
  'petition.email': 'E-mailová adresa',
  'petition.email-hint': 'Pošleme vám odkaz k potvrzení podpisu.',
  'petition.region': 'Místo bydliště',
  'petition.region-choose': 'Vyberte místo bydliště',
  'petition.consent':
    'Souhlasím se zpracováním svého jména, e-mailové adresy a místa bydliště za účelem zaznamenání mého podpisu, jak je popsáno v {privacy}.',
  'petition.privacy-notice': 'informacích o zpracování osobních údajů',
  'petition.show-name': 'Zobrazit mé jméno ve veřejném seznamu podepsaných',
  'petition.submit': 'Podepsat petici',
  'petition.submitting': 'Podepisování…',
  'petition.error-summary': 'Vyskytl se problém',
  'petition.error.name': 'Zadejte jméno a příjmení.',
  'petition.error.email-empty': 'Zadejte e-mailovou adresu.',
  'petition.error.email': 'Zadejte e-mailovou adresu ve správném tvaru, například name@example.com.',
  'petition.error.region': 'Vyberte místo bydliště.',
  'petition.error.consent': 'Před podpisem je nutné udělit souhlas.',
  'petition.check-email': 'Zkontrolujte e-mail',
  'petition.check-email-body':
    'Na adresu {email} jsme poslali odkaz. Otevřete ho a potvrďte podpis: započítá se až po potvrzení.',
  'petition.check-email-help':
    'Pokud do několika minut nic nepřijde, podívejte se do složky se spamem, nebo petici podepište znovu se stejnou adresou a dostanete nový odkaz.',
  'petition.share': 'Sdílet petici',
  'petition.copied': 'Odkaz byl zkopírován.',
};

export default messages;
