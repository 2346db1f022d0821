// lietuvių (lt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Patvirtinkite savo parašą: {title}',
  'mail.confirm.body':
    'Pageidavote pasirašyti peticiją „{title}“.\n\nKad patvirtintumėte parašą, atidarykite šią nuorodą ir paspauskite mygtuką „Patvirtinti mano parašą“:\n{link}\n\nNuorodos galiojimo laikas – {duration}. Jūsų parašas įskaitomas tik jį patvirtinus. Jei nepageidavote pasirašyti, nekreipkite dėmesio į šį el. laišką: niekas nebus pasirašyta.',
  'mail.confirm.withdraw': 'Jei persigalvosite, savo parašą galite atšaukti, kol peticija priima parašus:\n{withdrawLink}',
  'mail.already.subject': 'Jūs jau pasirašėte: {title}',
  'mail.already.body':
    'Kažkas bandė pasirašyti peticiją „{title}“ šiuo el. pašto adresu, kuriuo ji jau pasirašyta. Kiekvienu adresu galima pasirašyti tik kartą, todėl niekas nepasikeitė.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Patvirtinkite savo parašą',
  'page.confirm.intro': 'Pageidavote pasirašyti šią peticiją. Jūsų parašas įskaitomas tik jį patvirtinus.',
  'page.confirm.button': 'Patvirtinti mano parašą',
  'page.confirm.ignore': 'Jei nepageidavote pasirašyti, uždarykite šį puslapį: niekas nebus pasirašyta.',
  'page.petition': 'Peticija: {title}',
  'page.confirmed.title': 'Parašas patvirtintas',
  'page.confirmed.body': 'Ačiū. Jūsų parašas patvirtintas ir įskaitytas.',
  'page.already.title': 'Parašas jau patvirtintas',
  'page.already.body': 'Jūsų parašas jau buvo patvirtintas. Jis įskaitomas vieną kartą.',
  'page.unknown.title': 'Nuoroda neatpažinta',
  'page.unknown.body':
    'Ši patvirtinimo nuoroda negalioja. Patikrinkite, ar atidarėte visą nuorodą iš naujausio el. laiško, arba pasirašykite peticiją dar kartą.',
  'page.expired.title': 'Nuoroda nebegalioja',
  'page.expired.body':
    'Patvirtinimo nuorodų galiojimo laikas – {duration}, o šios nuorodos galiojimas baigėsi. Pasirašykite peticiją dar kartą ir gausite naują nuorodą.',
  'page.closed.title': 'Peticija nepriima parašų',
  'page.closed.body': 'Šios peticijos šiuo metu pasirašyti negalima, todėl Jūsų parašas nepatvirtintas.',
  'page.refused.title': 'Patvirtinimas atmestas',
  'page.refused.body': 'Patvirtinkite parašą mygtuku puslapyje, kuris atsidaro paspaudus nuorodą Jūsų el. laiške.',
  'page.withdraw.title': 'Atšaukite savo parašą',
  'page.withdraw.intro':
    'Jūsų parašas, vardas, pavardė ir el. pašto adresas bus pašalinti iš šios peticijos. Šis veiksmas negrįžtamas.',
  'page.withdraw.button': 'Atšaukti mano parašą',
  'page.withdraw.ignore': 'Jei nenorite atšaukti parašo, uždarykite šį puslapį: niekas nepasikeis.',
  'page.withdrawn.title': 'Parašas atšauktas',
  'page.withdrawn.body': 'Jūsų parašas kartu su Jūsų vardu, pavarde ir el. pašto adresu pašalintas iš peticijos.',
  'page.withdraw.closed': 'Ši peticija nebepriima parašų, todėl jos parašų nebegalima keisti.',
  'page.back': 'Grįžti į peticiją',
  'page.home': 'Eiti į svetainę: {agency}',
};

export default messages;
