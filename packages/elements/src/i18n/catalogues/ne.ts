// नेपाली (ne): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'लोड हुँदै…',
  'common.retry': 'फेरि प्रयास गर्नुहोस्',
  'common.anonymous': 'बेनामी',
  'common.honeypot': 'यो फिल्ड खाली छोड्नुहोस्',
  'common.optional': '(ऐच्छिक)',
  'common.characters-left': { one: 'अझै {count} अक्षर लेख्न सकिन्छ', other: 'अझै {count} अक्षर लेख्न सकिन्छ' },
  'common.characters-over': { one: '{count} अक्षर बढी भयो', other: '{count} अक्षर बढी भए' },
  'error.offline': 'तपाईं अफलाइन हुनुहुन्छ जस्तो देखिन्छ। आफ्नो इन्टरनेट जडान जाँच गर्नुहोस्।',
  'error.network': 'हामी अहिले सेवासँग जडान गर्न सकिरहेका छैनौं। समस्या तपाईंको तर्फबाट होइन।',
  'error.timeout': 'सेवाले जवाफ दिन धेरै समय लगाइरहेको छ। सेवा व्यस्त हुन सक्छ।',
  'error.not-found': 'यो सामग्री फेला परेन। यसलाई हटाइएको हुन सक्छ।',
  'error.invalid-input': 'केही जानकारी मान्य छैन। जाँच गरेर फेरि प्रयास गर्नुहोस्।',
  'error.already-done': 'तपाईंले यो पहिले नै गरिसक्नुभएको छ।',
  'error.closed': 'यो बन्द भइसकेको छ।',
  'error.rate-limited': 'धेरै पटक प्रयास भयो। केही बेर पर्खेर फेरि प्रयास गर्नुहोस्।',
  'error.unauthorised': 'यो वेबसाइटलाई यो सेवा प्रयोग गर्ने अनुमति छैन।',
  'error.server': 'हाम्रो तर्फबाट केही समस्या भयो, तपाईंको तर्फबाट होइन।',
  'error.no-backend': 'ब्याकएन्ड कन्फिगर गरिएको छैन: यो विजेटलाई एउटा एन्डपोइन्ट चाहिन्छ।',
  'error.retrying': 'जडान वा सेवा फर्किएपछि यो आफैं लोड हुनेछ।',
  'error.kept': 'तपाईंले भरेको जानकारी सुरक्षित छ: केही बेरपछि फेरि प्रयास गर्नुहोस्।',
  'error.unknown': 'केही समस्या भयो। फेरि प्रयास गर्नुहोस्।',
  'time.relative-past': 'एक मिनेटभन्दा कम समय अघि',
};

export default messages;
