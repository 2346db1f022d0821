// नेपाली (ne): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'याचिका लोड हुँदै…',
  'petition.full-text': 'पूरा याचिका पढ्नुहोस्',
  'petition.signatures': { '=0': 'अहिलेसम्म कुनै हस्ताक्षर छैन', one: '{count} हस्ताक्षर', other: '{count} हस्ताक्षर' },
  'petition.progress': 'हस्ताक्षर: {goal} मध्ये {count} ({percent})',
  'petition.milestones': 'हस्ताक्षरका लक्ष्यहरू',
  'petition.milestone': { one: '{count} हस्ताक्षर — {label}', other: '{count} हस्ताक्षर — {label}' },
  'petition.reached': '(✓ पूरा भयो)',
  'petition.milestone-reached': 'लक्ष्य पूरा भयो: {label}।',
  'petition.closes': '{date} सम्म हस्ताक्षरका लागि खुला।',
  'petition.opens': 'यो याचिका {date} देखि हस्ताक्षरका लागि खुल्नेछ।',
  'petition.closed': 'यो याचिका बन्द भइसकेको छ। यसमा अब हस्ताक्षर सङ्कलन गरिँदैन।',
  'petition.response': 'आधिकारिक जवाफ',
  'petition.responded-on': '{date} मा प्रकाशित।',
  'petition.recent': 'हालै हस्ताक्षर गर्नेहरू',
  'petition.sign': 'यो याचिकामा हस्ताक्षर गर्नुहोस्',
  'petition.name': 'पूरा नाम',
  'petition.email': 'इमेल ठेगाना',
  'petition.email-hint': 'तपाईंको हस्ताक्षर पुष्टि गर्न हामी तपाईंलाई एउटा लिङ्क पठाउनेछौं।',
  'petition.region': 'तपाईं बस्ने ठाउँ',
  'petition.region-choose': 'तपाईं बस्ने ठाउँ छान्नुहोस्',
  'petition.consent': '{privacy} मा उल्लेख गरिएअनुसार, मेरो हस्ताक्षर दर्ता गर्न मेरो नाम, इमेल ठेगाना र क्षेत्रको प्रशोधन गरिनेमा म सहमत छु।',
  'petition.privacy-notice': 'गोपनीयता सूचना',
  'petition.show-name': 'हस्ताक्षरकर्ताहरूको सूचीमा मेरो नाम सार्वजनिक रूपमा देखाउनुहोस्',
  'petition.submit': 'याचिकामा हस्ताक्षर गर्नुहोस्',
  'petition.submitting': 'हस्ताक्षर गर्दै…',
  'petition.error-summary': 'एउटा समस्या छ',
  'petition.error.name': 'आफ्नो पूरा नाम लेख्नुहोस्।',
  'petition.error.email-empty': 'आफ्नो इमेल ठेगाना लेख्नुहोस्।',
  'petition.error.email': 'सही ढाँचामा इमेल ठेगाना लेख्नुहोस् (जस्तै: name@example.com)।',
  'petition.error.region': 'तपाईं बस्ने ठाउँ छान्नुहोस्।',
  'petition.error.consent': 'हस्ताक्षर गर्नुअघि तपाईंले सहमति दिनुपर्छ।',
  'petition.check-email': 'आफ्नो इमेल जाँच गर्नुहोस्',
  'petition.check-email-body':
    'हामीले {email} मा एउटा लिङ्क पठाएका छौं। आफ्नो हस्ताक्षर पुष्टि गर्न त्यो लिङ्क खोल्नुहोस्: पुष्टि भएपछि मात्र हस्ताक्षर गनिन्छ।',
  'petition.check-email-help':
    'केही मिनेटभित्र इमेल आएन भने, आफ्नो स्प्याम फोल्डर जाँच गर्नुहोस्, वा नयाँ लिङ्क पाउन उही ठेगानाबाट फेरि हस्ताक्षर गर्नुहोस्।',
  'petition.share': 'यो याचिका सेयर गर्नुहोस्',
  'petition.copied': 'लिङ्क प्रतिलिपि गरियो।',
};

export default messages;
