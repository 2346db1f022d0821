// slovenčina (sk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Potvrďte svoj podpis: {title}',
  'mail.confirm.body':
    'Požiadali ste o podpísanie petície „{title}“.\n\nNa potvrdenie podpisu otvorte tento odkaz a stlačte tlačidlo „Potvrdiť môj podpis“:\n{link}\n\nOdkaz platí {duration}. Podpis sa započíta až po potvrdení. Ak ste o podpísanie nežiadali, tento e-mail ignorujte: nič sa nepodpíše.',
  'mail.confirm.withdraw': 'Ak si to rozmyslíte, svoj podpis môžete odvolať, kým je petícia otvorená:\n{withdrawLink}',
  'mail.already.subject': 'Petíciu ste už podpísali: {title}',
  'mail.already.body':
    'Niekto sa pokúsil podpísať petíciu „{title}“ touto e-mailovou adresou, z ktorej už bola podpísaná. Z každej adresy možno petíciu podpísať len raz, takže sa nič nezmenilo.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Potvrďte svoj podpis',
  'page.confirm.intro': 'Požiadali ste o podpísanie tejto petície. Podpis sa započíta až po vašom potvrdení.',
  'page.confirm.button': 'Potvrdiť môj podpis',
  'page.confirm.ignore': 'Ak ste o podpísanie nežiadali, zatvorte túto stránku: nič sa nepodpíše.',
  'page.petition': 'Petícia: {title}',
  'page.confirmed.title': 'Podpis je potvrdený',
  'page.confirmed.body': 'Ďakujeme. Váš podpis bol potvrdený a teraz sa započítava.',
  'page.already.title': 'Podpis už bol potvrdený',
  'page.already.body': 'Váš podpis už bol potvrdený. Započítava sa raz.',
  'page.unknown.title': 'Odkaz nebol rozpoznaný',
  'page.unknown.body':
    'Tento potvrdzovací odkaz nie je platný. Skontrolujte, či ste otvorili celý odkaz z posledného e-mailu, alebo petíciu podpíšte znova.',
  'page.expired.title': 'Platnosť odkazu uplynula',
  'page.expired.body':
    'Potvrdzovacie odkazy platia {duration} a platnosť tohto odkazu uplynula. Podpíšte petíciu znova a dostanete nový odkaz.',
  'page.closed.title': 'Petícia nie je otvorená',
  'page.closed.body': 'Táto petícia teraz neprijíma podpisy, preto váš podpis nebol potvrdený.',
  'page.refused.title': 'Potvrdenie bolo odmietnuté',
  'page.refused.body': 'Podpis potvrďte tlačidlom na stránke, ktorá sa otvorí cez odkaz v e-maile.',
  'page.withdraw.title': 'Odvolajte svoj podpis',
  'page.withdraw.intro':
    'Váš podpis, meno a e-mailová adresa budú z tejto petície odstránené. Túto akciu nie je možné vrátiť späť.',
  'page.withdraw.button': 'Odvolať môj podpis',
  'page.withdraw.ignore': 'Ak podpis odvolať nechcete, zatvorte túto stránku: nič sa nezmení.',
  'page.withdrawn.title': 'Podpis je odvolaný',
  'page.withdrawn.body': 'Váš podpis bol z petície odstránený spolu s vaším menom a e-mailovou adresou.',
  'page.withdraw.closed': 'Táto petícia už nie je otvorená, preto jej podpisy už nemožno meniť.',
  'page.confirm.updates': 'Pošlite mi e-mail, keď petícia dosiahne míľnik, dostane odpoveď alebo bude uzavretá',
  'mail.update.milestone.subject': 'Podpisy: {count} — {title}',
  'mail.update.milestone.body': 'Petícia „{title}“, ktorú ste podpísali, dosiahla míľnik. Počet podpisov: {count}.',
  'mail.update.response.subject': 'Odpoveď na petíciu: {title}',
  'mail.update.response.body': '{agency} zverejňuje odpoveď na petíciu „{title}“, ktorú ste podpísali:\n\n{response}',
  'mail.update.closed.subject': 'Petícia uzavretá: {title}',
  'mail.update.closed.body':
    'Petícia „{title}“, ktorú ste podpísali, bola uzavretá. Počet podpisov: {count}. Ak bude zverejnená odpoveď, dostanete ju e-mailom.',
  'mail.update.stop':
    'Tieto e-maily dostávate, pretože ste o ne požiadali pri potvrdení podpisu. Ak ich chcete zastaviť, otvorte tento odkaz:\n{link}',
  'page.updates.title': 'Zastavte e-maily o tejto petícii',
  'page.updates.intro': 'O tejto petícii už nebudete dostávať žiadne e-maily. Váš podpis sa stále započítava.',
  'page.updates.button': 'Zastaviť e-maily',
  'page.updates.stopped.title': 'E-maily zastavené',
  'page.updates.stopped.body': 'O tejto petícii už nebudete dostávať žiadne e-maily. Váš podpis sa stále započítava.',
  'mail.replies.confirm.subject': 'Potvrďte e-maily o odpovediach: {title}',
  'mail.replies.confirm.body':
    'Požiadali ste o upozornenie e-mailom, keď niekto odpovie na vaše komentáre v diskusii „{title}“.\n\nNa potvrdenie otvorte tento odkaz a stlačte tlačidlo „Potvrdiť“:\n{link}\n\nOdkaz platí {duration}. Kým nepotvrdíte, nič iné vám nepošleme. Ak ste o to nežiadali, tento e-mail ignorujte.',
  'mail.replies.digest.subject': 'Nové odpovede na váš komentár: {title}',
  'mail.replies.digest.body': 'Na vaše komentáre v diskusii „{title}“ sú nové odpovede:',
  'mail.replies.reply': 'Píše {name}:',
  'mail.replies.anonymous': 'Anonym',
  'mail.replies.more': 'Ďalšie nové odpovede: {count}',
  'mail.replies.read': 'Prečítajte si diskusiu:\n{link}',
  'mail.replies.stop':
    'Tieto e-maily dostávate, najviac jeden za hodinu, pretože ste o ne požiadali pri zverejnení komentára. Ak ich chcete zastaviť, otvorte tento odkaz:\n{link}',
  'page.discussion': 'Diskusia: {title}',
  'page.replies.confirm.title': 'Potvrďte e-maily o odpovediach',
  'page.replies.confirm.intro':
    'Požiadali ste o upozornenie e-mailom, keď niekto odpovie na vaše komentáre v tejto diskusii. Kým nepotvrdíte, nič vám nepošleme.',
  'page.replies.confirm.button': 'Potvrdiť',
  'page.replies.confirm.ignore': 'Ak ste o to nežiadali, zatvorte túto stránku: nedostanete žiadne e-maily o odpovediach.',
  'page.replies.confirmed.title': 'E-maily o odpovediach sú potvrdené',
  'page.replies.confirmed.body':
    'Keď niekto odpovie na vaše komentáre v tejto diskusii, dostanete e-mail, najviac jeden za hodinu. Každý e-mail obsahuje odkaz na ich zastavenie.',
  'page.replies.unknown.body': 'Tento odkaz nie je platný. Skontrolujte, či ste otvorili celý odkaz z posledného e-mailu.',
  'page.replies.expired.body':
    'Potvrdzovacie odkazy platia {duration} a platnosť tohto odkazu uplynula. Keď budete nabudúce pridávať komentár, zadajte svoju e-mailovú adresu znova.',
  'page.replies.stop.title': 'Zastavte e-maily o odpovediach',
  'page.replies.stop.intro':
    'O odpovediach v tejto diskusii už nebudete dostávať žiadne e-maily. Vaše komentáre zostanú tak, ako sú.',
  'page.replies.stop.all': 'Zastaviť aj e-maily o odpovediach vo všetkých ostatných diskusiách, teraz aj v budúcnosti',
  'page.replies.stop.button': 'Zastaviť e-maily',
  'page.replies.stopped.body': 'O odpovediach v tejto diskusii už nebudete dostávať žiadne e-maily.',
  'page.replies.stopped.all': 'Na túto adresu už nebudete dostávať žiadne e-maily o odpovediach v žiadnej diskusii.',
  'page.replies.back': 'Späť na diskusiu',
  'page.back': 'Späť na petíciu',
  'page.home': 'Prejsť na stránku: {agency}',
};

export default messages;
