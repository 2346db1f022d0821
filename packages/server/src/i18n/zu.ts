// isiZulu (zu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Qinisekisa ukusayina kwakho: {title}',
  'mail.confirm.body':
    'Ucele ukusayina isicelo esithi “{title}”.\n\nUkuze uqinisekise ukusayina kwakho, vula lesi sixhumanisi bese ucindezela inkinobho ethi “Qinisekisa ukusayina kwami”:\n{link}\n\nIsixhumanisi sisebenza {duration}. Ukusayina kwakho kubalwa kuphela uma sekuqinisekisiwe. Uma ungacelanga ukusayina, ungayinaki le imeyili: akukho okuzosayinwa.',
  'mail.confirm.withdraw': 'Uma ushintsha umqondo, ungahoxisa ukusayina kwakho ngesikhathi isicelo sisavuliwe:\n{withdrawLink}',
  'mail.already.subject': 'Usuvele wasayina: {title}',
  'mail.already.body':
    'Othile uzame ukusayina isicelo esithi “{title}” ngaleli kheli le-imeyili, kodwa leli kheli selivele lisisayinile. Ikheli ngalinye lingasayina kanye kuphela, ngakho akukho okushintshile.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Qinisekisa ukusayina kwakho',
  'page.confirm.intro': 'Ucele ukusayina lesi sicelo. Ukusayina kwakho kubalwa kuphela uma usukuqinisekisile.',
  'page.confirm.button': 'Qinisekisa ukusayina kwami',
  'page.confirm.ignore': 'Uma ungacelanga ukusayina, vala leli khasi: akukho okuzosayinwa.',
  'page.petition': 'Isicelo: {title}',
  'page.confirmed.title': 'Ukusayina kuqinisekisiwe',
  'page.confirmed.body': 'Siyabonga. Ukusayina kwakho kuqinisekisiwe futhi manje kuyabalwa.',
  'page.already.title': 'Ukusayina bekuvele kuqinisekisiwe',
  'page.already.body': 'Ukusayina kwakho bekuvele kuqinisekisiwe. Kubalwa kanye kuphela.',
  'page.unknown.title': 'Isixhumanisi asaziwa',
  'page.unknown.body':
    'Lesi sixhumanisi sokuqinisekisa asivumelekile. Hlola ukuthi uvule isixhumanisi sonke ku-imeyili yakho yakamuva, noma uphinde usayine isicelo.',
  'page.expired.title': 'Isixhumanisi siphelelwe yisikhathi',
  'page.expired.body':
    'Izixhumanisi zokuqinisekisa zisebenza {duration}, futhi lesi siphelelwe yisikhathi. Phinda usayine isicelo ukuze uthole isixhumanisi esisha.',
  'page.closed.title': 'Isicelo asivuliwe',
  'page.closed.body': 'Lesi sicelo asisasayinwa, ngakho ukusayina kwakho akuqinisekiswanga.',
  'page.refused.title': 'Ukuqinisekisa kwenqatshiwe',
  'page.refused.body': 'Qinisekisa ukusayina kwakho ngenkinobho esekhasini elivulwa yisixhumanisi esise-imeyili yakho.',
  'page.withdraw.title': 'Hoxisa ukusayina kwakho',
  'page.withdraw.intro':
    'Ukusayina kwakho, igama lakho nekheli lakho le-imeyili kuzosuswa kulesi sicelo. Lokhu ngeke kubuyiselwe emuva.',
  'page.withdraw.button': 'Hoxisa ukusayina kwami',
  'page.withdraw.ignore': 'Uma ungafuni ukuhoxisa, vala leli khasi: akukho okuzoshintsha.',
  'page.withdrawn.title': 'Ukusayina kuhoxisiwe',
  'page.withdrawn.body': 'Ukusayina kwakho kususiwe esicelweni, kanye negama lakho nekheli lakho le-imeyili.',
  'page.withdraw.closed': 'Lesi sicelo asisavuliwe, ngakho ukusayina okukuso akusakwazi ukushintshwa.',
  'page.confirm.updates': 'Ngithumelele i-imeyili uma lesi sicelo sifinyelela ingqophamlando, sithola impendulo noma sivalwa',
  'mail.update.milestone.subject': 'Abasayinile: {count} — {title}',
  'mail.update.milestone.body': 'Isicelo esithi “{title}” osisayinile sifinyelele ingqophamlando. Abasayinile: {count}.',
  'mail.update.response.subject': 'Impendulo esicelweni: {title}',
  'mail.update.response.body': 'Kufike impendulo evela ku-{agency} mayelana nesicelo esithi “{title}” osisayinile:\n\n{response}',
  'mail.update.closed.subject': 'Isicelo sivaliwe: {title}',
  'mail.update.closed.body':
    'Isicelo esithi “{title}” osisayinile sivaliwe. Abasayinile: {count}. Uma kushicilelwa impendulo, uzoyithola nge-imeyili.',
  'mail.update.stop':
    'Uthola lawa ma-imeyili ngoba uwacelile ngesikhathi uqinisekisa ukusayina kwakho. Ukuze uwamise, vula lesi sixhumanisi:\n{link}',
  'page.updates.title': 'Misa ama-imeyili mayelana nalesi sicelo',
  'page.updates.intro': 'Ngeke usathola ama-imeyili mayelana nalesi sicelo. Ukusayina kwakho kusabalwa.',
  'page.updates.button': 'Misa ama-imeyili',
  'page.updates.stopped.title': 'Ama-imeyili amisiwe',
  'page.updates.stopped.body': 'Ngeke usathola ama-imeyili mayelana nalesi sicelo. Ukusayina kwakho kusabalwa.',
  'mail.replies.confirm.subject': 'Qinisekisa ama-imeyili mayelana nezimpendulo: {title}',
  'mail.replies.confirm.body':
    'Ucele ukwaziswa nge-imeyili uma othile ephendula amazwana akho engxoxweni ethi “{title}”.\n\nUkuze uqinisekise, vula lesi sixhumanisi bese ucindezela inkinobho ethi “Qinisekisa”:\n{link}\n\nIsixhumanisi sisebenza {duration}. Ngeke sikuthumelele lutho olunye uze uqinisekise. Uma ungakucelanga lokhu, ungayinaki le imeyili.',
  'mail.replies.digest.subject': 'Izimpendulo ezintsha ezwaneni lakho: {title}',
  'mail.replies.digest.body': 'Kunezimpendulo ezintsha emazwaneni akho engxoxweni ethi “{title}”:',
  'mail.replies.reply': '{name} ubhale:',
  'mail.replies.anonymous': 'Ongaziwa',
  'mail.replies.more': 'Ezinye izimpendulo ezintsha: {count}',
  'mail.replies.read': 'Funda ingxoxo:\n{link}',
  'mail.replies.stop':
    'Uthola lawa ma-imeyili, angadluli kwelilodwa ngehora, ngoba uwacelile ngesikhathi uthumela izwana. Ukuze uwamise, vula lesi sixhumanisi:\n{link}',
  'page.discussion': 'Ingxoxo: {title}',
  'page.replies.confirm.title': 'Qinisekisa ama-imeyili mayelana nezimpendulo',
  'page.replies.confirm.intro':
    'Ucele ukwaziswa nge-imeyili uma othile ephendula amazwana akho kule ngxoxo. Ngeke sithumele lutho uze uqinisekise.',
  'page.replies.confirm.button': 'Qinisekisa',
  'page.replies.confirm.ignore': 'Uma ungakucelanga lokhu, vala leli khasi: ngeke uthole ama-imeyili mayelana nezimpendulo.',
  'page.replies.confirmed.title': 'Ama-imeyili mayelana nezimpendulo aqinisekisiwe',
  'page.replies.confirmed.body':
    'Uma othile ephendula amazwana akho kule ngxoxo, uzothola i-imeyili, engadluli kweyodwa ngehora. Ngayinye inesixhumanisi sokuwamisa.',
  'page.replies.unknown.body': 'Lesi sixhumanisi asivumelekile. Hlola ukuthi uvule isixhumanisi sonke ku-imeyili yakho yakamuva.',
  'page.replies.expired.body':
    'Izixhumanisi zokuqinisekisa zisebenza {duration}, futhi lesi siphelelwe yisikhathi. Phinda unikeze ikheli lakho le-imeyili uma uthumela izwana ngokulandelayo.',
  'page.replies.stop.title': 'Misa ama-imeyili mayelana nezimpendulo',
  'page.replies.stop.intro': 'Ngeke usathola ama-imeyili mayelana nezimpendulo kule ngxoxo. Amazwana akho ahlala enjalo.',
  'page.replies.stop.all': 'Misa futhi ama-imeyili mayelana nezimpendulo kuzo zonke ezinye izingxoxo, manje nangokuzayo',
  'page.replies.stop.button': 'Misa ama-imeyili',
  'page.replies.stopped.body': 'Ngeke usathola ama-imeyili mayelana nezimpendulo kule ngxoxo.',
  'page.replies.stopped.all': 'Ngeke usathola ama-imeyili mayelana nezimpendulo kuleli kheli, kunoma iyiphi ingxoxo.',
  'page.replies.back': 'Buyela engxoxweni',
  'page.back': 'Buyela esicelweni',
  'page.home': 'Iya ku-{agency}',
};

export default messages;
