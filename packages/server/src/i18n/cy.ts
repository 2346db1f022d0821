// Cymraeg (cy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Cadarnhewch eich llofnod: {title}',
  'mail.confirm.body':
    'Gwnaethoch chi ofyn am gael llofnodi’r ddeiseb “{title}”.\n\nI gadarnhau eich llofnod, agorwch y ddolen hon a phwyswch y botwm “Cadarnhau fy llofnod”:\n{link}\n\nMae’r ddolen yn gweithio am {duration}. Dim ond ar ôl ei gadarnhau y bydd eich llofnod yn cyfrif. Os na wnaethoch chi ofyn am gael llofnodi, anwybyddwch yr e-bost hwn: fydd dim byd yn cael ei lofnodi.',
  'mail.confirm.withdraw':
    'Os byddwch chi’n newid eich meddwl, gallwch chi dynnu eich llofnod yn ôl tra bydd y ddeiseb ar agor:\n{withdrawLink}',
  'mail.already.subject': 'Rydych chi eisoes wedi llofnodi: {title}',
  'mail.already.body':
    'Ceisiodd rhywun lofnodi’r ddeiseb “{title}” gyda’r cyfeiriad e-bost hwn, ond mae’r cyfeiriad hwn eisoes wedi llofnodi’r ddeiseb. Gall pob cyfeiriad lofnodi unwaith yn unig, felly does dim byd wedi newid.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Cadarnhau eich llofnod',
  'page.confirm.intro':
    'Gwnaethoch chi ofyn am gael llofnodi’r ddeiseb hon. Dim ond ar ôl i chi ei gadarnhau y bydd eich llofnod yn cyfrif.',
  'page.confirm.button': 'Cadarnhau fy llofnod',
  'page.confirm.ignore': 'Os na wnaethoch chi ofyn am gael llofnodi, caewch y dudalen hon: fydd dim byd yn cael ei lofnodi.',
  'page.petition': 'Deiseb: {title}',
  'page.confirmed.title': 'Llofnod wedi’i gadarnhau',
  'page.confirmed.body': 'Diolch. Mae eich llofnod wedi’i gadarnhau ac mae’n cyfrif nawr.',
  'page.already.title': 'Llofnod wedi’i gadarnhau yn barod',
  'page.already.body': 'Roedd eich llofnod wedi’i gadarnhau yn barod. Mae’n cyfrif unwaith.',
  'page.unknown.title': 'Dolen heb ei hadnabod',
  'page.unknown.body':
    'Dydy’r ddolen gadarnhau hon ddim yn ddilys. Gwiriwch eich bod chi wedi agor y ddolen gyfan o’ch e-bost diweddaraf, neu llofnodwch y ddeiseb eto.',
  'page.expired.title': 'Dolen wedi dod i ben',
  'page.expired.body':
    'Mae dolenni cadarnhau yn gweithio am {duration}, ac mae’r ddolen hon wedi dod i ben. Llofnodwch y ddeiseb eto i gael dolen newydd.',
  'page.closed.title': 'Dydy’r ddeiseb ddim ar agor',
  'page.closed.body': 'Dydy’r ddeiseb hon ddim yn derbyn llofnodion, felly dydy eich llofnod ddim wedi’i gadarnhau.',
  'page.refused.title': 'Cadarnhad wedi’i wrthod',
  'page.refused.body':
    'Cadarnhewch eich llofnod gyda’r botwm ar y dudalen sy’n agor pan fyddwch chi’n defnyddio’r ddolen yn eich e-bost.',
  'page.withdraw.title': 'Tynnu eich llofnod yn ôl',
  'page.withdraw.intro':
    'Bydd eich llofnod, eich enw a’ch cyfeiriad e-bost yn cael eu tynnu oddi ar y ddeiseb hon. Does dim modd dadwneud hyn.',
  'page.withdraw.button': 'Tynnu fy llofnod yn ôl',
  'page.withdraw.ignore': 'Os nad ydych chi eisiau tynnu eich llofnod yn ôl, caewch y dudalen hon: fydd dim byd yn newid.',
  'page.withdrawn.title': 'Llofnod wedi’i dynnu’n ôl',
  'page.withdrawn.body': 'Mae eich llofnod wedi’i dynnu oddi ar y ddeiseb, ynghyd â’ch enw a’ch cyfeiriad e-bost.',
  'page.withdraw.closed': 'Dydy’r ddeiseb hon ddim ar agor mwyach, felly does dim modd newid ei llofnodion bellach.',
  'page.confirm.updates': 'Anfonwch e-bost ataf pan fydd y ddeiseb hon yn cyrraedd carreg filltir, yn cael ymateb neu’n cau',
  'mail.update.milestone.subject': 'Llofnodion: {count} – {title}',
  'mail.update.milestone.body': 'Mae nifer y llofnodion ar y ddeiseb “{title}” a lofnodoch chi wedi cyrraedd {count}.',
  'mail.update.response.subject': 'Ymateb i’r ddeiseb: {title}',
  'mail.update.response.body': 'Mae {agency} wedi ymateb i’r ddeiseb “{title}” a lofnodoch chi:\n\n{response}',
  'mail.update.closed.subject': 'Deiseb wedi cau: {title}',
  'mail.update.closed.body':
    'Mae’r ddeiseb “{title}” a lofnodoch chi wedi cau. Nifer y llofnodion: {count}. Os bydd ymateb yn cael ei gyhoeddi, byddwch chi’n ei gael drwy e-bost.',
  'mail.update.stop':
    'Rydych chi’n cael yr e-byst hyn oherwydd i chi ofyn amdanyn nhw pan wnaethoch chi gadarnhau eich llofnod. I’w hatal, agorwch y ddolen hon:\n{link}',
  'page.updates.title': 'Atal e-byst am y ddeiseb hon',
  'page.updates.intro': 'Fyddwch chi ddim yn cael rhagor o e-byst am y ddeiseb hon. Mae eich llofnod yn dal i gyfrif.',
  'page.updates.button': 'Atal yr e-byst',
  'page.updates.stopped.title': 'E-byst wedi’u hatal',
  'page.updates.stopped.body': 'Fyddwch chi ddim yn cael rhagor o e-byst am y ddeiseb hon. Mae eich llofnod yn dal i gyfrif.',
  'mail.replies.confirm.subject': 'Cadarnhewch e-byst am atebion: {title}',
  'mail.replies.confirm.body':
    'Gwnaethoch chi ofyn am gael gwybod drwy e-bost pan fydd rhywun yn ateb eich sylwadau yn y drafodaeth “{title}”.\n\nI gadarnhau, agorwch y ddolen hon a phwyswch y botwm “Cadarnhau”:\n{link}\n\nMae’r ddolen yn gweithio am {duration}. Nes i chi gadarnhau, fyddwn ni ddim yn anfon dim byd arall atoch chi. Os na wnaethoch chi ofyn am hyn, anwybyddwch yr e-bost hwn.',
  'mail.replies.digest.subject': 'Atebion newydd i’ch sylw: {title}',
  'mail.replies.digest.body': 'Mae atebion newydd i’ch sylwadau yn y drafodaeth “{title}”:',
  'mail.replies.reply': 'Ysgrifennodd {name}:',
  'mail.replies.anonymous': 'Dienw',
  'mail.replies.more': 'Rhagor o atebion newydd: {count}',
  'mail.replies.read': 'Darllenwch y drafodaeth:\n{link}',
  'mail.replies.stop':
    'Rydych chi’n cael yr e-byst hyn, un yr awr ar y mwyaf, oherwydd i chi ofyn amdanyn nhw pan wnaethoch chi gyhoeddi sylw. I’w hatal, agorwch y ddolen hon:\n{link}',
  'page.discussion': 'Trafodaeth: {title}',
  'page.replies.confirm.title': 'Cadarnhau e-byst am atebion',
  'page.replies.confirm.intro':
    'Gwnaethoch chi ofyn am gael gwybod drwy e-bost pan fydd rhywun yn ateb eich sylwadau yn y drafodaeth hon. Fyddwn ni ddim yn anfon dim byd nes i chi gadarnhau.',
  'page.replies.confirm.button': 'Cadarnhau',
  'page.replies.confirm.ignore':
    'Os na wnaethoch chi ofyn am hyn, caewch y dudalen hon: fyddwch chi ddim yn cael e-byst am atebion.',
  'page.replies.confirmed.title': 'E-byst am atebion wedi’u cadarnhau',
  'page.replies.confirmed.body':
    'Pan fydd rhywun yn ateb eich sylwadau yn y drafodaeth hon, byddwch chi’n cael e-bost, un yr awr ar y mwyaf. Mae dolen ym mhob un i’w hatal.',
  'page.replies.unknown.body':
    'Dydy’r ddolen hon ddim yn ddilys. Gwiriwch eich bod chi wedi agor y ddolen gyfan o’ch e-bost diweddaraf.',
  'page.replies.expired.body':
    'Mae dolenni cadarnhau yn gweithio am {duration}, ac mae’r ddolen hon wedi dod i ben. Rhowch eich cyfeiriad e-bost eto y tro nesaf y byddwch chi’n cyhoeddi sylw.',
  'page.replies.stop.title': 'Atal e-byst am atebion',
  'page.replies.stop.intro':
    'Fyddwch chi ddim yn cael rhagor o e-byst am atebion yn y drafodaeth hon. Bydd eich sylwadau yn aros fel y maen nhw.',
  'page.replies.stop.all': 'Atal e-byst am atebion ym mhob trafodaeth arall hefyd, nawr ac yn y dyfodol',
  'page.replies.stop.button': 'Atal yr e-byst',
  'page.replies.stopped.body': 'Fyddwch chi ddim yn cael rhagor o e-byst am atebion yn y drafodaeth hon.',
  'page.replies.stopped.all': 'Fyddwch chi ddim yn cael rhagor o e-byst am atebion i’r cyfeiriad hwn, mewn unrhyw drafodaeth.',
  'page.replies.back': 'Yn ôl i’r drafodaeth',
  'page.back': 'Yn ôl i’r ddeiseb',
  'page.home': 'Mynd i {agency}',
};

export default messages;
