// हिन्दी (hi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'याचिका लोड हो रही है…',
  'petition.full-text': 'पूरी याचिका पढ़ें',
  'petition.signatures': { '=0': 'अभी तक कोई हस्ताक्षर नहीं', one: '{count} हस्ताक्षर', other: '{count} हस्ताक्षर' },
  'petition.progress': 'हस्ताक्षर: {goal} में से {count} ({percent})',
  'petition.milestones': 'पड़ाव',
  'petition.milestone': { one: '{count} हस्ताक्षर — {label}', other: '{count} हस्ताक्षर — {label}' },
  'petition.reached': '(✓ पूरा हुआ)',
  'petition.milestone-reached': 'पड़ाव पूरा हुआ: {label}।',
  'petition.closes': '{date} तक हस्ताक्षर किए जा सकते हैं।',
  'petition.opens': 'इस याचिका पर {date} से हस्ताक्षर किए जा सकेंगे।',
  'petition.closed': 'यह याचिका बंद है। अब इस पर हस्ताक्षर नहीं किए जा सकते।',
  'petition.response': 'आधिकारिक उत्तर',
  'petition.responded-on': '{date} को प्रकाशित।',
  'petition.recent': 'हाल में हस्ताक्षर करने वाले',
  'petition.sign': 'इस याचिका पर हस्ताक्षर करें',
  'petition.name': 'पूरा नाम',
  'petition.email': 'ईमेल पता',
  'petition.email-hint': 'हम आपको हस्ताक्षर की पुष्टि के लिए एक लिंक भेजेंगे।',
  'petition.region': 'निवास का क्षेत्र',
  'petition.region-choose': 'अपना क्षेत्र चुनें',
  'petition.consent':
    'मेरी सहमति है कि मेरा हस्ताक्षर दर्ज करने के लिए मेरा नाम, ईमेल पता और क्षेत्र इस्तेमाल किया जाए, जैसा कि {privacy} में बताया गया है।',
  'petition.privacy-notice': 'गोपनीयता सूचना',
  'petition.show-name': 'हस्ताक्षर करने वालों की सूची में मेरा नाम सबको दिखाएँ',
  'petition.submit': 'याचिका पर हस्ताक्षर करें',
  'petition.submitting': 'हस्ताक्षर किया जा रहा है…',
  'petition.error-summary': 'कोई समस्या है',
  'petition.error.name': 'अपना पूरा नाम लिखें।',
  'petition.error.email-empty': 'अपना ईमेल पता लिखें।',
  'petition.error.email': 'ईमेल पता सही रूप में लिखें, जैसे name@example.com',
  'petition.error.region': 'अपना क्षेत्र चुनें।',
  'petition.error.consent': 'हस्ताक्षर करने से पहले आपको सहमति देनी होगी।',
  'petition.check-email': 'अपना ईमेल देखें',
  'petition.check-email-body':
    'हमने {email} पर एक लिंक भेजा है। अपने हस्ताक्षर की पुष्टि करने के लिए उसे खोलें: पुष्टि के बाद ही हस्ताक्षर गिना जाता है।',
  'petition.check-email-help': 'अगर कुछ मिनटों में कुछ न आए, तो अपना स्पैम फ़ोल्डर देखें, या नया लिंक पाने के लिए उसी पते से फिर से हस्ताक्षर करें।',
  'petition.share': 'यह याचिका साझा करें',
  'petition.copied': 'लिंक कॉपी हो गया।',
};

export default messages;
