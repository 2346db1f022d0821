// қазақ тілі (kk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Петиция жүктелуде…',
  'petition.full-text': 'Петицияның толық мәтінін оқу',
  'petition.signatures': { '=0': 'Әзірге қолтаңба жоқ', one: '{count} қолтаңба', other: '{count} қолтаңба' },
  'petition.progress': 'Қолтаңбалар: {count} / {goal} ({percent})',
  'petition.milestones': 'Аралық мақсаттар',
  'petition.milestone': { one: '{count} қолтаңба — {label}', other: '{count} қолтаңба — {label}' },
  'petition.reached': '(✓ орындалды)',
  'petition.milestone-reached': 'Аралық мақсат орындалды: {label}.',
  'petition.closes': 'Қолтаңбалар қабылданатын соңғы күн: {date}.',
  'petition.opens': 'Бұл петицияға қол қою басталатын күн: {date}.',
  'petition.closed': 'Бұл петиция жабық. Енді қолтаңбалар жиналмайды.',
  'petition.response': 'Ресми жауап',
  'petition.responded-on': 'Жарияланған күні: {date}.',
  'petition.recent': 'Соңғы қол қойғандар',
  'petition.sign': 'Осы петицияға қол қою',
  'petition.name': 'Толық аты-жөні',
  'petition.email': 'Электрондық пошта мекенжайы',
  'petition.email-hint': 'Қолтаңбаңызды растау үшін сізге сілтеме жібереміз.',
  'petition.region': 'Тұрғылықты жеріңіз',
  'petition.region-choose': 'Тұрғылықты жеріңізді таңдаңыз',
  'petition.consent':
    'Қолтаңбамды тіркеу үшін атымның, электрондық пошта мекенжайымның және өңірімнің {privacy} сипатталғандай өңделуіне келісемін.',
  'petition.privacy-notice': 'құпиялылық саясатында',
  'petition.show-name': 'Атымды қол қойғандардың жария тізімінде көрсету',
  'petition.submit': 'Петицияға қол қою',
  'petition.submitting': 'Қол қойылуда…',
  'petition.error-summary': 'Мәселе туындады',
  'petition.error.name': 'Толық аты-жөніңізді енгізіңіз.',
  'petition.error.email-empty': 'Электрондық пошта мекенжайыңызды енгізіңіз.',
  'petition.error.email': 'Электрондық пошта мекенжайын дұрыс форматта енгізіңіз, мысалы: name@example.com.',
  'petition.error.region': 'Тұрғылықты жеріңізді таңдаңыз.',
  'petition.error.consent': 'Қол қою үшін келісім беруіңіз керек.',
  'petition.check-email': 'Электрондық поштаңызды тексеріңіз',
  'petition.check-email-body':
    '{email} мекенжайына сілтеме жібердік. Қолтаңбаңызды растау үшін оны ашыңыз: қолтаңба расталғаннан кейін ғана есепке алынады.',
  'petition.check-email-help':
    'Егер бірнеше минут ішінде хат келмесе, «Спам» қалтасын тексеріңіз немесе жаңа сілтеме алу үшін сол мекенжаймен қайта қол қойыңыз.',
  'petition.share': 'Петицияны бөлісу',
  'petition.copied': 'Сілтеме көшірілді.',
};

export default messages;
