// தமிழ் (ta): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'மனு ஏற்றப்படுகிறது…',
  'petition.full-text': 'முழு மனுவையும் படிக்கவும்',
  'petition.signatures': { '=0': 'இதுவரை கையொப்பங்கள் இல்லை', one: 'ஒரு கையொப்பம்', other: '{count} கையொப்பங்கள்' },
  'petition.progress': 'கையொப்பங்கள்: {goal}-இல் {count} ({percent})',
  'petition.milestones': 'இடைநிலை இலக்குகள்',
  'petition.milestone': { one: '{count} கையொப்பம் — {label}', other: '{count} கையொப்பங்கள் — {label}' },
  'petition.reached': '(✓ எட்டப்பட்டது)',
  'petition.milestone-reached': 'இலக்கு எட்டப்பட்டது: {label}.',
  'petition.closes': '{date} வரை கையொப்பமிடலாம்.',
  'petition.opens': 'இந்த மனுவில் {date} முதல் கையொப்பமிடலாம்.',
  'petition.closed': 'இந்த மனு மூடப்பட்டுவிட்டது. இனி கையொப்பங்கள் பெறப்படுவதில்லை.',
  'petition.response': 'அதிகாரப்பூர்வ பதில்',
  'petition.responded-on': '{date} அன்று வெளியிடப்பட்டது.',
  'petition.recent': 'சமீபத்தில் கையொப்பமிட்டவர்கள்',
  'petition.sign': 'இந்த மனுவில் கையொப்பமிடவும்',
  'petition.name': 'முழுப் பெயர்',
  'petition.email': 'மின்னஞ்சல் முகவரி',
  'petition.email-hint': 'உங்கள் கையொப்பத்தை உறுதிப்படுத்த ஓர் இணைப்பை உங்களுக்கு அனுப்புவோம்.',
  'petition.region': 'நீங்கள் வசிக்கும் பகுதி',
  'petition.region-choose': 'நீங்கள் வசிக்கும் பகுதியைத் தேர்ந்தெடுக்கவும்',
  'petition.consent':
    '{privacy} விவரிக்கப்பட்டுள்ளபடி, என் கையொப்பத்தைப் பதிவு செய்வதற்காக என் பெயர், மின்னஞ்சல் முகவரி, பகுதி ஆகியவை பயன்படுத்தப்படுவதை ஏற்கிறேன்.',
  'petition.privacy-notice': 'தனியுரிமை அறிவிப்பில்',
  'petition.show-name': 'கையொப்பமிட்டவர்களின் பட்டியலில் என் பெயரைப் பொதுவில் காட்டவும்',
  'petition.submit': 'மனுவில் கையொப்பமிடவும்',
  'petition.submitting': 'கையொப்பமிடப்படுகிறது…',
  'petition.error-summary': 'ஒரு பிரச்சினை உள்ளது',
  'petition.error.name': 'உங்கள் முழுப் பெயரை உள்ளிடவும்.',
  'petition.error.email-empty': 'உங்கள் மின்னஞ்சல் முகவரியை உள்ளிடவும்.',
  'petition.error.email': 'மின்னஞ்சல் முகவரியைச் சரியான வடிவத்தில் உள்ளிடவும், எடுத்துக்காட்டாக name@example.com.',
  'petition.error.region': 'நீங்கள் வசிக்கும் பகுதியைத் தேர்ந்தெடுக்கவும்.',
  'petition.error.consent': 'கையொப்பமிடுவதற்கு முன் நீங்கள் ஒப்புதல் அளிக்க வேண்டும்.',
  'petition.check-email': 'உங்கள் மின்னஞ்சலைப் பார்க்கவும்',
  'petition.check-email-body':
    '{email} முகவரிக்கு ஓர் இணைப்பை அனுப்பியுள்ளோம். உங்கள் கையொப்பத்தை உறுதிப்படுத்த அதைத் திறக்கவும்: உறுதிப்படுத்திய பிறகுதான் கையொப்பம் கணக்கில் கொள்ளப்படும்.',
  'petition.check-email-help':
    'சில நிமிடங்களில் எதுவும் வரவில்லை என்றால், உங்கள் ஸ்பேம் கோப்புறையைப் பார்க்கவும், அல்லது புதிய இணைப்பைப் பெற அதே முகவரியுடன் மீண்டும் கையொப்பமிடவும்.',
  'petition.share': 'இந்த மனுவைப் பகிரவும்',
  'petition.copied': 'இணைப்பு நகலெடுக்கப்பட்டது.',
};

export default messages;
