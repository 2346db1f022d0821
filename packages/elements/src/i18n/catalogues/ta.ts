// தமிழ் (ta): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'ஏற்றப்படுகிறது…',
  'common.retry': 'மீண்டும் முயற்சிக்கவும்',
  'common.anonymous': 'பெயர் குறிப்பிடாதவர்',
  'common.honeypot': 'இந்தப் புலத்தைக் காலியாக விடவும்',
  'common.optional': '(கட்டாயமில்லை)',
  'common.characters-left': { one: 'இன்னும் ஒரு எழுத்து மீதமுள்ளது', other: 'இன்னும் {count} எழுத்துகள் மீதமுள்ளன' },
  'common.characters-over': { one: 'ஒரு எழுத்து அதிகமாக உள்ளது', other: '{count} எழுத்துகள் அதிகமாக உள்ளன' },
  'error.offline': 'நீங்கள் இணைய இணைப்பில் இல்லை எனத் தெரிகிறது. உங்கள் இணைப்பைச் சரிபார்க்கவும்.',
  'error.network': 'இப்போது சேவையை அணுக முடியவில்லை. பிரச்சினை உங்கள் பக்கத்தில் இல்லை.',
  'error.timeout': 'சேவை பதிலளிக்க அதிக நேரம் எடுத்துக்கொள்கிறது. அது அதிகப் பயன்பாட்டில் இருக்கலாம்.',
  'error.not-found': 'இந்த உள்ளடக்கம் கிடைக்கவில்லை. அது நீக்கப்பட்டிருக்கலாம்.',
  'error.invalid-input': 'சில தகவல்கள் சரியாக இல்லை. அவற்றைச் சரிபார்த்து மீண்டும் முயற்சிக்கவும்.',
  'error.already-done': 'நீங்கள் இதை ஏற்கெனவே செய்துவிட்டீர்கள்.',
  'error.closed': 'இது மூடப்பட்டுவிட்டது.',
  'error.rate-limited': 'பல முறை முயற்சிக்கப்பட்டுள்ளது. சிறிது நேரம் காத்திருந்து மீண்டும் முயற்சிக்கவும்.',
  'error.unauthorised': 'இந்த இணையதளத்திற்கு இந்தச் சேவையைப் பயன்படுத்த அனுமதி இல்லை.',
  'error.server': 'எங்கள் பக்கத்தில் ஏதோ தவறு நடந்துவிட்டது, உங்கள் பக்கத்தில் அல்ல.',
  'error.no-backend': 'பின்தளம் (backend) அமைக்கப்படவில்லை: இந்த விட்ஜெட்டுக்கு ஒரு சேவை முகவரி (endpoint) தேவை.',
  'error.retrying': 'இணைப்பு அல்லது சேவை மீண்டும் கிடைத்ததும் இது தானாகவே ஏற்றப்படும்.',
  'error.kept': 'நீங்கள் உள்ளிட்டவை சேமிக்கப்பட்டுள்ளன: சிறிது நேரத்தில் மீண்டும் முயற்சிக்கவும்.',
  'error.unknown': 'ஏதோ தவறு நடந்துவிட்டது. மீண்டும் முயற்சிக்கவும்.',
  'time.relative-past': 'ஒரு நிமிடத்திற்கும் குறைவான நேரத்திற்கு முன்',
};

export default messages;
