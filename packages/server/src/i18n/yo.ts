// Èdè Yorùbá (yo): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Ẹ fìdí ìbuwọ́lù yín múlẹ̀: {title}',
  'mail.confirm.body':
    'Ẹ béèrè láti buwọ́lu ìwé ẹ̀bẹ̀ “{title}”.\n\nLáti fìdí ìbuwọ́lù yín múlẹ̀, ẹ ṣí ìjápọ̀ yìí kí ẹ sì tẹ bọ́tìnnì “Fìdí ìbuwọ́lù mi múlẹ̀”:\n{link}\n\nÌjápọ̀ náà yóò ṣiṣẹ́ fún {duration}. A óò ka ìbuwọ́lù yín kìkì lẹ́yìn tí ẹ bá fìdí rẹ̀ múlẹ̀. Tí kì í bá ṣe ẹ̀yin ló béèrè láti buwọ́lù, ẹ má ka ímeèlì yìí sí: a kò ní buwọ́lu nǹkankan.',
  'mail.confirm.withdraw': 'Tí ẹ bá yí ọkàn yín padà, ẹ lè fa ìbuwọ́lù yín sẹ́yìn nígbà tí ìwé ẹ̀bẹ̀ náà ṣì ṣí sílẹ̀:\n{withdrawLink}',
  'mail.already.subject': 'Ẹ ti buwọ́lù tẹ́lẹ̀: {title}',
  'mail.already.body':
    'Ẹnìkan gbìyànjú láti buwọ́lu ìwé ẹ̀bẹ̀ “{title}” pẹ̀lú àdírẹ́sì ímeèlì yìí, èyí tí ó ti buwọ́lù ú tẹ́lẹ̀. Àdírẹ́sì kọ̀ọ̀kan lè buwọ́lù lẹ́ẹ̀kan ṣoṣo, nítorí náà kò sí ohun tó yí padà.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Ẹ fìdí ìbuwọ́lù yín múlẹ̀',
  'page.confirm.intro': 'Ẹ béèrè láti buwọ́lu ìwé ẹ̀bẹ̀ yìí. A óò ka ìbuwọ́lù yín kìkì lẹ́yìn tí ẹ bá fìdí rẹ̀ múlẹ̀.',
  'page.confirm.button': 'Fìdí ìbuwọ́lù mi múlẹ̀',
  'page.confirm.ignore': 'Tí kì í bá ṣe ẹ̀yin ló béèrè láti buwọ́lù, ẹ pa ojú ewé yìí dé: a kò ní buwọ́lu nǹkankan.',
  'page.petition': 'Ìwé ẹ̀bẹ̀: {title}',
  'page.confirmed.title': 'A ti fìdí ìbuwọ́lù múlẹ̀',
  'page.confirmed.body': 'Ẹ ṣé. A ti fìdí ìbuwọ́lù yín múlẹ̀, a sì ti kà á báyìí.',
  'page.already.title': 'A ti fìdí ìbuwọ́lù múlẹ̀ tẹ́lẹ̀',
  'page.already.body': 'A ti fìdí ìbuwọ́lù yín múlẹ̀ tẹ́lẹ̀. Ẹ̀ẹ̀kan ṣoṣo ni a ń kà á.',
  'page.unknown.title': 'A kò dá ìjápọ̀ náà mọ̀',
  'page.unknown.body':
    'Ìjápọ̀ ìfìdímúlẹ̀ yìí kò wúlò. Ẹ rí i dájú pé ẹ ṣí gbogbo ìjápọ̀ náà láti inú ímeèlì yín tó dé kẹ́yìn, tàbí kí ẹ tún buwọ́lu ìwé ẹ̀bẹ̀ náà.',
  'page.expired.title': 'Ìjápọ̀ náà ti kọjá àsìkò',
  'page.expired.body':
    'Àwọn ìjápọ̀ ìfìdímúlẹ̀ ń ṣiṣẹ́ fún {duration}, èyí sì ti kọjá àsìkò. Ẹ tún buwọ́lu ìwé ẹ̀bẹ̀ náà láti gba ìjápọ̀ tuntun.',
  'page.closed.title': 'Ìwé ẹ̀bẹ̀ kò ṣí sílẹ̀',
  'page.closed.body': 'Ìwé ẹ̀bẹ̀ yìí kò gba ìbuwọ́lù, nítorí náà a kò fìdí ìbuwọ́lù yín múlẹ̀.',
  'page.refused.title': 'A kọ ìfìdímúlẹ̀ náà',
  'page.refused.body': 'Ẹ fìdí ìbuwọ́lù yín múlẹ̀ pẹ̀lú bọ́tìnnì tó wà lójú ewé tí ìjápọ̀ inú ímeèlì yín ń ṣí.',
  'page.withdraw.title': 'Ẹ fa ìbuwọ́lù yín sẹ́yìn',
  'page.withdraw.intro': 'A óò yọ ìbuwọ́lù yín, orúkọ yín àti àdírẹ́sì ímeèlì yín kúrò nínú ìwé ẹ̀bẹ̀ yìí. A kò lè yí èyí padà.',
  'page.withdraw.button': 'Fa ìbuwọ́lù mi sẹ́yìn',
  'page.withdraw.ignore': 'Tí ẹ kò bá fẹ́ fà á sẹ́yìn, ẹ pa ojú ewé yìí dé: kò sí ohun tí yóò yí padà.',
  'page.withdrawn.title': 'A ti fa ìbuwọ́lù sẹ́yìn',
  'page.withdrawn.body': 'A ti yọ ìbuwọ́lù yín kúrò nínú ìwé ẹ̀bẹ̀ náà, pẹ̀lú orúkọ yín àti àdírẹ́sì ímeèlì yín.',
  'page.withdraw.closed': 'Ìwé ẹ̀bẹ̀ yìí kò ṣí sílẹ̀ mọ́, nítorí náà a kò lè yí àwọn ìbuwọ́lù rẹ̀ padà mọ́.',
  'page.confirm.updates':
    'Ẹ fi ímeèlì ránṣẹ́ sí mi nígbà tí ìwé ẹ̀bẹ̀ yìí bá dé ìpele pàtàkì kan, tí ó bá gba ìdáhùn, tàbí tí wọ́n bá pa á dé',
  'mail.update.milestone.subject': 'Ìbuwọ́lù {count}: {title}',
  'mail.update.milestone.body': 'Ìwé ẹ̀bẹ̀ “{title}” tí ẹ buwọ́lù ti dé ìpele pàtàkì kan. Ìbuwọ́lù: {count}.',
  'mail.update.response.subject': 'Ìdáhùn sí ìwé ẹ̀bẹ̀: {title}',
  'mail.update.response.body': '{agency} ti dáhùn sí ìwé ẹ̀bẹ̀ “{title}” tí ẹ buwọ́lù:\n\n{response}',
  'mail.update.closed.subject': 'A ti pa ìwé ẹ̀bẹ̀ dé: {title}',
  'mail.update.closed.body':
    'A ti pa ìwé ẹ̀bẹ̀ “{title}” tí ẹ buwọ́lù dé. Ìbuwọ́lù: {count}. Tí a bá gbé ìdáhùn jáde, ẹ óò gbà á nípasẹ̀ ímeèlì.',
  'mail.update.stop':
    'Ẹ ń gba àwọn ímeèlì yìí nítorí pé ẹ béèrè fún wọn nígbà tí ẹ fìdí ìbuwọ́lù yín múlẹ̀. Láti dá wọn dúró, ẹ ṣí ìjápọ̀ yìí:\n{link}',
  'page.updates.title': 'Ẹ dá àwọn ímeèlì nípa ìwé ẹ̀bẹ̀ yìí dúró',
  'page.updates.intro': 'Ẹ kò ní gba ímeèlì mọ́ nípa ìwé ẹ̀bẹ̀ yìí. A ṣì ń ka ìbuwọ́lù yín.',
  'page.updates.button': 'Dá àwọn ímeèlì dúró',
  'page.updates.stopped.title': 'A ti dá àwọn ímeèlì dúró',
  'page.updates.stopped.body': 'Ẹ kò ní gba ímeèlì mọ́ nípa ìwé ẹ̀bẹ̀ yìí. A ṣì ń ka ìbuwọ́lù yín.',
  'mail.replies.confirm.subject': 'Ẹ fìdí ímeèlì nípa èsì múlẹ̀: {title}',
  'mail.replies.confirm.body':
    'Ẹ béèrè pé kí a sọ fún yín nípasẹ̀ ímeèlì nígbà tí ẹnìkan bá fèsì sí àwọn ọ̀rọ̀ ìwòye yín nínú ìjíròrò “{title}”.\n\nLáti fìdí rẹ̀ múlẹ̀, ẹ ṣí ìjápọ̀ yìí kí ẹ sì tẹ bọ́tìnnì “Fìdí rẹ̀ múlẹ̀”:\n{link}\n\nÌjápọ̀ náà yóò ṣiṣẹ́ fún {duration}. Títí ẹ ó fi fìdí rẹ̀ múlẹ̀, a kò ní fi nǹkan mìíràn ránṣẹ́ sí yín. Tí kì í bá ṣe ẹ̀yin ló béèrè fún èyí, ẹ má ka ímeèlì yìí sí.',
  'mail.replies.digest.subject': 'Èsì tuntun sí ọ̀rọ̀ ìwòye yín: {title}',
  'mail.replies.digest.body': 'Èsì tuntun wà sí àwọn ọ̀rọ̀ ìwòye yín nínú ìjíròrò “{title}”:',
  'mail.replies.reply': '{name} kọ̀wé pé:',
  'mail.replies.anonymous': 'Aláìlórúkọ',
  'mail.replies.more': 'Èsì tuntun mìíràn: {count}',
  'mail.replies.read': 'Ẹ ka ìjíròrò náà:\n{link}',
  'mail.replies.stop':
    'Ẹ ń gba àwọn ímeèlì yìí, ẹyọ kan ní wákàtí kan ó pọ̀ jù, nítorí pé ẹ béèrè fún wọn nígbà tí ẹ gbé ọ̀rọ̀ ìwòye jáde. Láti dá wọn dúró, ẹ ṣí ìjápọ̀ yìí:\n{link}',
  'page.discussion': 'Ìjíròrò: {title}',
  'page.replies.confirm.title': 'Ẹ fìdí ímeèlì nípa èsì múlẹ̀',
  'page.replies.confirm.intro':
    'Ẹ béèrè pé kí a sọ fún yín nípasẹ̀ ímeèlì nígbà tí ẹnìkan bá fèsì sí àwọn ọ̀rọ̀ ìwòye yín nínú ìjíròrò yìí. A kò ní fi nǹkankan ránṣẹ́ títí ẹ ó fi fìdí rẹ̀ múlẹ̀.',
  'page.replies.confirm.button': 'Fìdí rẹ̀ múlẹ̀',
  'page.replies.confirm.ignore': 'Tí kì í bá ṣe ẹ̀yin ló béèrè fún èyí, ẹ pa ojú ewé yìí dé: ẹ kò ní gba ímeèlì kankan nípa èsì.',
  'page.replies.confirmed.title': 'A ti fìdí ímeèlì nípa èsì múlẹ̀',
  'page.replies.confirmed.body':
    'Nígbà tí ẹnìkan bá fèsì sí àwọn ọ̀rọ̀ ìwòye yín nínú ìjíròrò yìí, ẹ óò gba ímeèlì, ẹyọ kan ní wákàtí kan ó pọ̀ jù. Ìjápọ̀ kan wà nínú ọ̀kọ̀ọ̀kan láti dá wọn dúró.',
  'page.replies.unknown.body': 'Ìjápọ̀ yìí kò wúlò. Ẹ rí i dájú pé ẹ ṣí gbogbo ìjápọ̀ náà láti inú ímeèlì yín tó dé kẹ́yìn.',
  'page.replies.expired.body':
    'Àwọn ìjápọ̀ ìfìdímúlẹ̀ ń ṣiṣẹ́ fún {duration}, èyí sì ti kọjá àsìkò. Ẹ tún fún wa ní àdírẹ́sì ímeèlì yín nígbà tí ẹ bá tún gbé ọ̀rọ̀ ìwòye jáde.',
  'page.replies.stop.title': 'Ẹ dá àwọn ímeèlì nípa èsì dúró',
  'page.replies.stop.intro': 'Ẹ kò ní gba ímeèlì mọ́ nípa èsì nínú ìjíròrò yìí. Àwọn ọ̀rọ̀ ìwòye yín yóò wà bí wọ́n ṣe wà.',
  'page.replies.stop.all': 'Dá àwọn ímeèlì nípa èsì dúró nínú gbogbo ìjíròrò mìíràn pẹ̀lú, nísinsìnyí àti lọ́jọ́ iwájú',
  'page.replies.stop.button': 'Dá àwọn ímeèlì dúró',
  'page.replies.stopped.body': 'Ẹ kò ní gba ímeèlì mọ́ nípa èsì nínú ìjíròrò yìí.',
  'page.replies.stopped.all': 'Ẹ kò ní gba ímeèlì mọ́ nípa èsì ní àdírẹ́sì yìí, nínú ìjíròrò èyíkéyìí.',
  'page.replies.back': 'Padà sí ìjíròrò náà',
  'page.back': 'Padà sí ìwé ẹ̀bẹ̀ náà',
  'page.home': 'Lọ sí {agency}',
};

export default messages;
