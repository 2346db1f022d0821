// پښتو (ps): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'خپل لاسلیک تایید کړئ: {title}',
  'mail.confirm.body':
    'تاسو غوښتي وو چې د «{title}» عریضه لاسلیک کړئ.\n\nد خپل لاسلیک د تایید لپاره، دا لینک پرانیزئ او د «زما لاسلیک تایید کړئ» تڼۍ کېکاږئ:\n{link}\n\nدا لینک {duration} کار کوي. ستاسو لاسلیک یوازې له تایید وروسته شمېرل کېږي. که تاسو د لاسلیک غوښتنه نه وه کړې، دا برېښنالیک له پامه وغورځوئ: هېڅ شی به لاسلیک نه شي.',
  'mail.confirm.withdraw': 'که مو نظر بدل شو، تر هغه چې عریضه پرانیستې وي، خپل لاسلیک بېرته اخیستلای شئ:\n{withdrawLink}',
  'mail.already.subject': 'تاسو مخکې لاسلیک کړی دی: {title}',
  'mail.already.body':
    'یو چا هڅه وکړه چې د «{title}» عریضه په دې برېښنالیک پتې لاسلیک کړي، خو په دې پتې مخکې دا عریضه لاسلیک شوې ده. هره پته یوازې یو ځل لاسلیک کولای شي، نو هېڅ شی نه دی بدل شوی.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'خپل لاسلیک تایید کړئ',
  'page.confirm.intro': 'تاسو غوښتي وو چې دا عریضه لاسلیک کړئ. ستاسو لاسلیک یوازې هغه وخت شمېرل کېږي چې تاسو یې تایید کړئ.',
  'page.confirm.button': 'زما لاسلیک تایید کړئ',
  'page.confirm.ignore': 'که تاسو د لاسلیک غوښتنه نه وه کړې، دا پاڼه وتړئ: هېڅ شی به لاسلیک نه شي.',
  'page.petition': 'عریضه: {title}',
  'page.confirmed.title': 'لاسلیک تایید شو',
  'page.confirmed.body': 'مننه. ستاسو لاسلیک تایید شو او اوس شمېرل کېږي.',
  'page.already.title': 'لاسلیک مخکې تایید شوی',
  'page.already.body': 'ستاسو لاسلیک مخکې تایید شوی و. دا یوازې یو ځل شمېرل کېږي.',
  'page.unknown.title': 'لینک و نه پېژندل شو',
  'page.unknown.body':
    'د تایید دا لینک سم نه دی. ډاډ ترلاسه کړئ چې تاسو له خپل وروستي برېښنالیک څخه بشپړ لینک پرانیستی دی، یا عریضه بیا لاسلیک کړئ.',
  'page.expired.title': 'د لینک موده پای ته رسېدلې',
  'page.expired.body':
    'د تایید لینکونه {duration} کار کوي، او د دې لینک موده پای ته رسېدلې ده. د نوي لینک د ترلاسه کولو لپاره عریضه بیا لاسلیک کړئ.',
  'page.closed.title': 'عریضه پرانیستې نه ده',
  'page.closed.body': 'دا عریضه لاسلیکونه نه مني، نو ستاسو لاسلیک تایید نه شو.',
  'page.refused.title': 'تایید رد شو',
  'page.refused.body': 'خپل لاسلیک د هغې پاڼې په تڼۍ تایید کړئ چې ستاسو په برېښنالیک کې لینک یې پرانیزي.',
  'page.withdraw.title': 'خپل لاسلیک بېرته واخلئ',
  'page.withdraw.intro': 'ستاسو لاسلیک، نوم او برېښنالیک پته به له دې عریضې لرې شي. دا کار بېرته نه شي راګرځول کېدای.',
  'page.withdraw.button': 'زما لاسلیک بېرته واخلئ',
  'page.withdraw.ignore': 'که نه غواړئ خپل لاسلیک بېرته واخلئ، دا پاڼه وتړئ: هېڅ شی به بدل نه شي.',
  'page.withdrawn.title': 'لاسلیک بېرته واخیستل شو',
  'page.withdrawn.body': 'ستاسو لاسلیک د نوم او برېښنالیک پتې سره یوځای له عریضې لرې شو.',
  'page.withdraw.closed': 'دا عریضه نور پرانیستې نه ده، نو د هغې لاسلیکونه نور نه شي بدلېدای.',
  'page.confirm.updates': 'کله چې دا عریضه یوې منځنۍ موخې ته ورسېږي، ځواب ترلاسه کړي یا وتړل شي، ما ته برېښنالیک راولېږئ',
  'mail.update.milestone.subject': 'لاسلیکونه: {count} — {title}',
  'mail.update.milestone.body': 'د «{title}» عریضې، چې تاسو لاسلیک کړې ده، د لاسلیکونو شمېر {count} ته ورسېد.',
  'mail.update.response.subject': 'عریضې ته ځواب: {title}',
  'mail.update.response.body': '{agency} هغې «{title}» عریضې ته ځواب ورکړی چې تاسو لاسلیک کړې ده:\n\n{response}',
  'mail.update.closed.subject': 'عریضه وتړل شوه: {title}',
  'mail.update.closed.body':
    'هغه «{title}» عریضه چې تاسو لاسلیک کړې وه، وتړل شوه. د لاسلیکونو شمېر: {count}. که ځواب خپور شي، تاسو به یې په برېښنالیک کې ترلاسه کړئ.',
  'mail.update.stop':
    'تاسو دا برېښنالیکونه ځکه ترلاسه کوئ چې د خپل لاسلیک د تایید پر مهال مو غوښتي وو. د ودرولو لپاره یې دا لینک پرانیزئ:\n{link}',
  'page.updates.title': 'د دې عریضې په اړه برېښنالیکونه ودروئ',
  'page.updates.intro': 'نور به د دې عریضې په اړه برېښنالیک ترلاسه نه کړئ. ستاسو لاسلیک لا هم شمېرل کېږي.',
  'page.updates.button': 'برېښنالیکونه ودروئ',
  'page.updates.stopped.title': 'برېښنالیکونه ودرول شول',
  'page.updates.stopped.body': 'نور به د دې عریضې په اړه برېښنالیک ترلاسه نه کړئ. ستاسو لاسلیک لا هم شمېرل کېږي.',
  'page.back': 'بېرته عریضې ته',
  'page.home': '{agency} ته لاړ شئ',
};

export default messages;
