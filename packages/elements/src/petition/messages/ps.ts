// پښتو (ps): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'عریضه بارېږي…',
  'petition.full-text': 'بشپړه عریضه ولولئ',
  'petition.signatures': { '=0': 'تر اوسه هېڅ لاسلیک نشته', one: 'یو لاسلیک', other: '{count} لاسلیکونه' },
  'petition.progress': 'لاسلیکونه: له {goal} څخه {count} ({percent})',
  'petition.milestones': 'منځنۍ موخې',
  'petition.milestone': { one: '{count} لاسلیک — {label}', other: '{count} لاسلیکونه — {label}' },
  'petition.reached': '(✓ ترلاسه شوه)',
  'petition.milestone-reached': 'منځنۍ موخه ترلاسه شوه: {label}.',
  'petition.closes': 'تر {date} پورې لاسلیک کېدای شي.',
  'petition.opens': 'دا عریضه به په {date} د لاسلیک لپاره پرانیستل شي.',
  'petition.closed': 'دا عریضه تړل شوې ده. نور لاسلیکونه نه راټولوي.',
  'petition.response': 'رسمي ځواب',
  'petition.responded-on': 'په {date} خپور شو.',
  'petition.recent': 'وروستي لاسلیک کوونکي',
  'petition.sign': 'دا عریضه لاسلیک کړئ',
  'petition.name': 'بشپړ نوم',
  'petition.email': 'برېښنالیک پته',
  'petition.email-hint': 'موږ به تاسو ته ستاسو د لاسلیک د تایید لپاره یو لینک ولېږو.',
  'petition.region': 'د اوسېدو ځای',
  'petition.region-choose': 'د خپل اوسېدو ځای وټاکئ',
  'petition.consent':
    'زه موافقه کوم چې زما نوم، برېښنالیک پته او سیمه زما د لاسلیک د ثبتولو لپاره وکارول شي، لکه څنګه چې په {privacy} کې بیان شوي دي.',
  'petition.privacy-notice': 'د محرمیت خبرتیا',
  'petition.show-name': 'زما نوم د لاسلیک کوونکو په عامه لېست کې وښایاست',
  'petition.submit': 'عریضه لاسلیک کړئ',
  'petition.submitting': 'لاسلیک کېږي…',
  'petition.error-summary': 'یوه ستونزه شته',
  'petition.error.name': 'خپل بشپړ نوم ولیکئ.',
  'petition.error.email-empty': 'خپله برېښنالیک پته ولیکئ.',
  'petition.error.email': 'برېښنالیک پته په سمه بڼه ولیکئ، لکه name@example.com.',
  'petition.error.region': 'د خپل اوسېدو ځای وټاکئ.',
  'petition.error.consent': 'د لاسلیک کولو لپاره باید موافقه وکړئ.',
  'petition.check-email': 'خپل برېښنالیک وګورئ',
  'petition.check-email-body':
    'موږ {email} ته یو لینک ولېږه. د خپل لاسلیک د تایید لپاره یې پرانیزئ: لاسلیک یوازې له تایید وروسته شمېرل کېږي.',
  'petition.check-email-help':
    'که په څو دقیقو کې څه رانغلل، خپل سپام فولډر وګورئ، یا د نوي لینک لپاره په همدې پته بیا لاسلیک وکړئ.',
  'petition.share': 'دا عریضه شریکه کړئ',
  'petition.copied': 'لینک کاپي شو.',
};

export default messages;
