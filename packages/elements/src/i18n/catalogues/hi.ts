// हिन्दी (hi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'लोड हो रहा है…',
  'common.retry': 'फिर से कोशिश करें',
  'common.anonymous': 'अनाम',
  'common.honeypot': 'इस फ़ील्ड को खाली छोड़ दें',
  'common.optional': '(वैकल्पिक)',
  'common.characters-left': { one: 'बाकी अक्षर: {count}', other: 'बाकी अक्षर: {count}' },
  'common.characters-over': { one: 'आपने {count} अक्षर ज़्यादा लिखा है', other: 'आपने {count} अक्षर ज़्यादा लिखे हैं' },
  'error.offline': 'लगता है आप ऑफ़लाइन हैं। अपना इंटरनेट कनेक्शन जाँचें।',
  'error.network': 'अभी हम सेवा से नहीं जुड़ पा रहे हैं। समस्या आपकी ओर से नहीं है।',
  'error.timeout': 'सेवा जवाब देने में बहुत समय ले रही है। हो सकता है वह व्यस्त हो।',
  'error.not-found': 'यह सामग्री नहीं मिली। हो सकता है इसे हटा दिया गया हो।',
  'error.invalid-input': 'कुछ जानकारी सही नहीं है। उसे जाँचें और फिर से कोशिश करें।',
  'error.already-done': 'आप यह पहले ही कर चुके हैं।',
  'error.closed': 'यह बंद हो चुका है।',
  'error.rate-limited': 'बहुत ज़्यादा कोशिशें हो गई हैं। थोड़ी देर रुकें और फिर से कोशिश करें।',
  'error.unauthorised': 'इस वेबसाइट को यह सेवा इस्तेमाल करने की अनुमति नहीं है।',
  'error.server': 'हमारी ओर से कुछ गड़बड़ हुई है, आपकी ओर से नहीं।',
  'error.no-backend': 'कोई बैकएंड सेट नहीं है: इस विजेट को एक एंडपॉइंट चाहिए।',
  'error.retrying': 'कनेक्शन या सेवा वापस आते ही यह अपने-आप लोड हो जाएगा।',
  'error.kept': 'आपने जो लिखा है, वह सुरक्षित है: थोड़ी देर में फिर से कोशिश करें।',
  'error.unknown': 'कुछ गड़बड़ हो गई। फिर से कोशिश करें।',
  'time.relative-past': 'एक मिनट से कम समय पहले',
};

export default messages;
