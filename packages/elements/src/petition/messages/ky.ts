// кыргызча (ky): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Петиция жүктөлүүдө…',
  'petition.full-text': 'Петициянын толук текстин окуу',
  'petition.signatures': { '=0': 'Азырынча кол тамга жок', one: '{count} кол тамга', other: '{count} кол тамга' },
  'petition.progress': 'Кол тамгалар: {count} / {goal} ({percent})',
  'petition.milestones': 'Аралык максаттар',
  'petition.milestone': { one: '{count} кол тамга — {label}', other: '{count} кол тамга — {label}' },
  'petition.reached': '(✓ аткарылды)',
  'petition.milestone-reached': 'Аралык максат аткарылды: {label}.',
  'petition.closes': 'Кол тамгалар кабыл алынуучу акыркы күн: {date}.',
  'petition.opens': 'Бул петицияга кол коюу башталуучу күн: {date}.',
  'petition.closed': 'Бул петиция жабык. Эми кол тамгалар чогултулбайт.',
  'petition.response': 'Расмий жооп',
  'petition.responded-on': 'Жарыяланган күнү: {date}.',
  'petition.recent': 'Акыркы кол койгондор',
  'petition.sign': 'Бул петицияга кол коюу',
  'petition.name': 'Толук аты-жөнү',
  'petition.email': 'Электрондук почта дареги',
  'petition.email-hint': 'Кол тамгаңызды ырастоо үчүн сизге шилтеме жөнөтөбүз.',
  'petition.region': 'Жашаган жериңиз',
  'petition.region-choose': 'Жашаган жериңизди тандаңыз',
  'petition.consent':
    'Кол тамгамды каттоо үчүн атымдын, электрондук почта дарегимдин жана аймагымдын {privacy} сүрөттөлгөндөй иштетилишине макулмун.',
  'petition.privacy-notice': 'купуялык саясатында',
  'petition.show-name': 'Атымды кол койгондордун ачык тизмесинде көрсөтүү',
  'petition.submit': 'Петицияга кол коюу',
  'petition.submitting': 'Кол коюлууда…',
  'petition.error-summary': 'Көйгөй чыкты',
  'petition.error.name': 'Толук аты-жөнүңүздү киргизиңиз.',
  'petition.error.email-empty': 'Электрондук почта дарегиңизди киргизиңиз.',
  'petition.error.email': 'Электрондук почта дарегин туура форматта киргизиңиз, мисалы: name@example.com.',
  'petition.error.region': 'Жашаган жериңизди тандаңыз.',
  'petition.error.consent': 'Кол коюу үчүн макулдук беришиңиз керек.',
  'petition.check-email': 'Электрондук почтаңызды текшериңиз',
  'petition.check-email-body':
    '{email} дарегине шилтеме жөнөттүк. Кол тамгаңызды ырастоо үчүн аны ачыңыз: кол тамга ырасталгандан кийин гана эсепке алынат.',
  'petition.check-email-help':
    'Эгер бир нече мүнөттүн ичинде кат келбесе, «Спам» папкасын текшериңиз же жаңы шилтеме алуу үчүн ошол эле дарек менен кайра кол коюңуз.',
  'petition.share': 'Петиция менен бөлүшүү',
  'petition.copied': 'Шилтеме көчүрүлдү.',
};

export default messages;
