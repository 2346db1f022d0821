// Hausa (ha): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Tabbatar da sa hannunku: {title}',
  'mail.confirm.body':
    'Kun nemi sa hannu a koken “{title}”.\n\nDon tabbatar da sa hannunku, ku buɗe wannan mahaɗa sannan ku danna maɓallin “Tabbatar da sa hannuna”:\n{link}\n\nMahaɗar tana aiki na {duration}. Sai an tabbatar da sa hannunku ne za a ƙidaya shi. Idan ba ku nemi sa hannu ba, ku yi watsi da wannan imel: ba za a sa hannu a komai ba.',
  'mail.confirm.withdraw': "Idan kun canza ra'ayi, kuna iya janye sa hannunku yayin da koken yake a buɗe:\n{withdrawLink}",
  'mail.already.subject': 'Kun riga kun sa hannu: {title}',
  'mail.already.body':
    'Wani ya yi ƙoƙarin sa hannu a koken “{title}” da wannan adireshin imel, wanda ya riga ya sa hannu a kansa. Kowane adireshi zai iya sa hannu sau ɗaya kawai, don haka babu abin da ya canza.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Tabbatar da sa hannunku',
  'page.confirm.intro': 'Kun nemi sa hannu a wannan koke. Sai kun tabbatar da sa hannunku ne za a ƙidaya shi.',
  'page.confirm.button': 'Tabbatar da sa hannuna',
  'page.confirm.ignore': 'Idan ba ku nemi sa hannu ba, ku rufe wannan shafi: ba za a sa hannu a komai ba.',
  'page.petition': 'Koke: {title}',
  'page.confirmed.title': 'An tabbatar da sa hannu',
  'page.confirmed.body': 'Mun gode. An tabbatar da sa hannunku kuma yanzu ana ƙidaya shi.',
  'page.already.title': 'An riga an tabbatar da sa hannu',
  'page.already.body': 'An riga an tabbatar da sa hannunku. Ana ƙidaya shi sau ɗaya kawai.',
  'page.unknown.title': 'Ba a gane mahaɗar ba',
  'page.unknown.body':
    'Wannan mahaɗar tabbatarwa ba ta da inganci. Ku tabbata kun buɗe cikakkiyar mahaɗar daga imel ɗinku na baya-bayan nan, ko ku sake sa hannu a koken.',
  'page.expired.title': 'Mahaɗar ta ƙare',
  'page.expired.body':
    'Mahaɗar tabbatarwa tana aiki na {duration}, kuma wannan ta ƙare. Ku sake sa hannu a koken don samun sabuwar mahaɗa.',
  'page.closed.title': 'Koken ba a buɗe yake ba',
  'page.closed.body': 'Wannan koke ba ya karɓar sa hannu, don haka ba a tabbatar da sa hannunku ba.',
  'page.refused.title': 'An ƙi tabbatarwa',
  'page.refused.body':
    'Ku tabbatar da sa hannunku ta amfani da maɓallin da ke kan shafin da mahaɗar da ke cikin imel ɗinku ke buɗewa.',
  'page.withdraw.title': 'Janye sa hannunku',
  'page.withdraw.intro':
    'Za a cire sa hannunku, sunanku da adireshin imel ɗinku daga wannan koke. Ba za a iya mayar da wannan ba.',
  'page.withdraw.button': 'Janye sa hannuna',
  'page.withdraw.ignore': 'Idan ba ku so ku janye ba, ku rufe wannan shafi: babu abin da zai canza.',
  'page.withdrawn.title': 'An janye sa hannu',
  'page.withdrawn.body': 'An cire sa hannunku daga koken, tare da sunanku da adireshin imel ɗinku.',
  'page.withdraw.closed': 'Wannan koke ba a buɗe yake ba yanzu, don haka ba za a iya canza sa hannun da aka yi a kansa ba.',
  'page.confirm.updates': 'Ku aiko mini imel idan wannan koke ya kai wani mataki, ya sami amsa ko aka rufe shi',
  'mail.update.milestone.subject': 'Sa hannu: {count} — {title}',
  'mail.update.milestone.body': 'Koken “{title}” da kuka sa wa hannu ya kai sa hannu {count}.',
  'mail.update.response.subject': 'Amsa ga koken: {title}',
  'mail.update.response.body': 'An sami amsa daga {agency} game da koken “{title}” da kuka sa wa hannu:\n\n{response}',
  'mail.update.closed.subject': 'An rufe koken: {title}',
  'mail.update.closed.body':
    'An rufe koken “{title}” da kuka sa wa hannu. Yawan sa hannu: {count}. Idan aka wallafa amsa, za ku samu ta imel.',
  'mail.update.stop':
    'Kuna karɓar waɗannan imel ne saboda kun nema lokacin da kuka tabbatar da sa hannunku. Don dakatar da su, ku buɗe wannan mahaɗa:\n{link}',
  'page.updates.title': 'Dakatar da imel game da wannan koke',
  'page.updates.intro': 'Ba za ku ƙara samun imel game da wannan koke ba. Har yanzu ana ƙidaya sa hannunku.',
  'page.updates.button': 'Dakatar da imel ɗin',
  'page.updates.stopped.title': 'An dakatar da imel ɗin',
  'page.updates.stopped.body': 'Ba za ku ƙara samun imel game da wannan koke ba. Har yanzu ana ƙidaya sa hannunku.',
  'mail.replies.confirm.subject': 'Tabbatar da imel game da amsoshi: {title}',
  'mail.replies.confirm.body':
    'Kun nemi a sanar da ku ta imel idan wani ya amsa sharhohinku a tattaunawar “{title}”.\n\nDon tabbatarwa, ku buɗe wannan mahaɗa sannan ku danna maɓallin “Tabbatar”:\n{link}\n\nMahaɗar tana aiki na {duration}. Har sai kun tabbatar, ba za mu aiko muku da wani abu ba. Idan ba ku nemi wannan ba, ku yi watsi da wannan imel.',
  'mail.replies.digest.subject': 'Sababbin amsoshi ga sharhinku: {title}',
  'mail.replies.digest.body': 'Akwai sababbin amsoshi ga sharhohinku a tattaunawar “{title}”:',
  'mail.replies.reply': 'Daga {name}:',
  'mail.replies.anonymous': 'Marar suna',
  'mail.replies.more': 'Ƙarin sababbin amsoshi: {count}',
  'mail.replies.read': 'Ku karanta tattaunawar:\n{link}',
  'mail.replies.stop':
    'Kuna karɓar waɗannan imel ne (ɗaya a kowace awa a mafi yawa) saboda kun nema lokacin da kuka wallafa sharhi. Don dakatar da su, ku buɗe wannan mahaɗa:\n{link}',
  'page.discussion': 'Tattaunawa: {title}',
  'page.replies.confirm.title': 'Tabbatar da imel game da amsoshi',
  'page.replies.confirm.intro':
    'Kun nemi a sanar da ku ta imel idan wani ya amsa sharhohinku a wannan tattaunawa. Ba za mu aika da komai ba har sai kun tabbatar.',
  'page.replies.confirm.button': 'Tabbatar',
  'page.replies.confirm.ignore': 'Idan ba ku nemi wannan ba, ku rufe wannan shafi: ba za ku sami imel game da amsoshi ba.',
  'page.replies.confirmed.title': 'An tabbatar da imel game da amsoshi',
  'page.replies.confirmed.body':
    'Idan wani ya amsa sharhohinku a wannan tattaunawa, za ku sami imel, ɗaya a kowace awa a mafi yawa. Kowane imel yana ɗauke da mahaɗa don dakatar da su.',
  'page.replies.unknown.body':
    'Wannan mahaɗa ba ta da inganci. Ku tabbata kun buɗe cikakkiyar mahaɗar daga imel ɗinku na baya-bayan nan.',
  'page.replies.expired.body':
    'Mahaɗar tabbatarwa tana aiki na {duration}, kuma wannan ta ƙare. Ku sake ba da adireshin imel ɗinku lokacin da za ku wallafa sharhi na gaba.',
  'page.replies.stop.title': 'Dakatar da imel game da amsoshi',
  'page.replies.stop.intro':
    'Ba za ku ƙara samun imel game da amsoshi a wannan tattaunawa ba. Sharhohinku za su kasance yadda suke.',
  'page.replies.stop.all': 'Ku kuma dakatar da imel game da amsoshi a duk sauran tattaunawa, yanzu da nan gaba',
  'page.replies.stop.button': 'Dakatar da imel ɗin',
  'page.replies.stopped.body': 'Ba za ku ƙara samun imel game da amsoshi a wannan tattaunawa ba.',
  'page.replies.stopped.all': 'Ba za ku ƙara samun imel game da amsoshi a wannan adireshi ba, a kowace tattaunawa.',
  'page.replies.back': 'Koma zuwa tattaunawar',
  'page.back': 'Koma zuwa koken',
  'page.home': 'Je zuwa {agency}',
};

export default messages;
