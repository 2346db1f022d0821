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
  'page.confirm.updates': 'Siųsti man el. laišką, kai ši peticija pasieks tarpinį tikslą, gaus atsakymą arba bus uždaryta',
  'mail.update.milestone.subject': 'Parašai: {count} – {title}',
  'mail.update.milestone.body': 'Jūsų pasirašyta peticija „{title}“ pasiekė tarpinį tikslą. Parašų skaičius: {count}.',
  'mail.update.response.subject': 'Atsakymas į peticiją: {title}',
  'mail.update.response.body': '{agency} atsakė į Jūsų pasirašytą peticiją „{title}“:\n\n{response}',
  'mail.update.closed.subject': 'Peticija uždaryta: {title}',
  'mail.update.closed.body':
    'Jūsų pasirašyta peticija „{title}“ uždaryta. Parašų skaičius: {count}. Jei bus paskelbtas atsakymas, gausite jį el. paštu.',
  'mail.update.stop':
    'Šiuos el. laiškus gaunate, nes jų paprašėte, kai tvirtinote parašą. Jei norite juos sustabdyti, atidarykite šią nuorodą:\n{link}',
  'page.updates.title': 'Atsisakykite el. laiškų apie šią peticiją',
  'page.updates.intro': 'Daugiau negausite el. laiškų apie šią peticiją. Jūsų parašas ir toliau įskaitomas.',
  'page.updates.button': 'Atsisakyti el. laiškų',
  'page.updates.stopped.title': 'El. laiškų atsisakyta',
  'page.updates.stopped.body': 'Daugiau negausite el. laiškų apie šią peticiją. Jūsų parašas ir toliau įskaitomas.',
  'mail.replies.confirm.subject': 'Patvirtinkite el. laiškus apie atsakymus: {title}',
  'mail.replies.confirm.body':
    'Pageidavote gauti el. laišką, kai kas nors atsakys į Jūsų komentarus diskusijoje „{title}“.\n\nKad patvirtintumėte, atidarykite šią nuorodą ir paspauskite mygtuką „Patvirtinti“:\n{link}\n\nNuorodos galiojimo laikas – {duration}. Kol nepatvirtinsite, daugiau nieko Jums nesiųsime. Jei to nepageidavote, nekreipkite dėmesio į šį el. laišką.',
  'mail.replies.digest.subject': 'Nauji atsakymai į Jūsų komentarą: {title}',
  'mail.replies.digest.body': 'Diskusijoje „{title}“ yra naujų atsakymų į Jūsų komentarus:',
  'mail.replies.reply': '{name} rašo:',
  'mail.replies.anonymous': 'Anonimas',
  'mail.replies.more': 'Daugiau naujų atsakymų: {count}',
  'mail.replies.read': 'Skaityti diskusiją:\n{link}',
  'mail.replies.stop':
    'Šiuos el. laiškus (ne dažniau kaip vieną per valandą) gaunate, nes jų paprašėte, kai paskelbėte komentarą. Jei norite juos sustabdyti, atidarykite šią nuorodą:\n{link}',
  'page.discussion': 'Diskusija: {title}',
  'page.replies.confirm.title': 'Patvirtinkite el. laiškus apie atsakymus',
  'page.replies.confirm.intro':
    'Pageidavote gauti el. laišką, kai kas nors atsakys į Jūsų komentarus šioje diskusijoje. Kol nepatvirtinsite, nieko nesiųsime.',
  'page.replies.confirm.button': 'Patvirtinti',
  'page.replies.confirm.ignore': 'Jei to nepageidavote, uždarykite šį puslapį: el. laiškų apie atsakymus negausite.',
  'page.replies.confirmed.title': 'El. laiškai apie atsakymus patvirtinti',
  'page.replies.confirmed.body':
    'Kai kas nors atsakys į Jūsų komentarus šioje diskusijoje, gausite el. laišką, ne dažniau kaip vieną per valandą. Kiekviename laiške bus nuoroda, kuria galėsite jų atsisakyti.',
  'page.replies.unknown.body': 'Ši nuoroda negalioja. Patikrinkite, ar atidarėte visą nuorodą iš naujausio el. laiško.',
  'page.replies.expired.body':
    'Patvirtinimo nuorodų galiojimo laikas – {duration}, o šios nuorodos galiojimas baigėsi. Kitą kartą rašydami komentarą dar kartą nurodykite savo el. pašto adresą.',
  'page.replies.stop.title': 'Atsisakykite el. laiškų apie atsakymus',
  'page.replies.stop.intro': 'Daugiau negausite el. laiškų apie atsakymus šioje diskusijoje. Jūsų komentarai lieka nepakeisti.',
  'page.replies.stop.all': 'Taip pat atsisakyti el. laiškų apie atsakymus visose kitose diskusijose – dabar ir ateityje',
  'page.replies.stop.button': 'Atsisakyti el. laiškų',
  'page.replies.stopped.body': 'Daugiau negausite el. laiškų apie atsakymus šioje diskusijoje.',
  'page.replies.stopped.all': 'Šiuo adresu daugiau negausite el. laiškų apie atsakymus jokioje diskusijoje.',
  'page.replies.back': 'Grįžti į diskusiją',
  'page.back': 'Grįžti į peticiją',
  'page.home': 'Eiti į svetainę: {agency}',
};

export default messages;
