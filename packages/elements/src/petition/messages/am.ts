// አማርኛ (am): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'አቤቱታውን በመጫን ላይ…',
  'petition.full-text': 'ሙሉውን አቤቱታ ያንብቡ',
  'petition.signatures': { '=0': 'እስካሁን ምንም ፊርማ የለም', one: '{count} ፊርማ', other: '{count} ፊርማዎች' },
  'petition.progress': 'ፊርማዎች፦ ከ{goal} ውስጥ {count} ({percent})',
  'petition.milestones': 'ወሳኝ ምዕራፎች',
  'petition.milestone': { one: '{count} ፊርማ — {label}', other: '{count} ፊርማዎች — {label}' },
  'petition.reached': '(✓ ተደርሷል)',
  'petition.milestone-reached': 'ወሳኝ ምዕራፍ ላይ ተደርሷል፦ {label}።',
  'petition.closes': 'እስከ {date} ድረስ ለፊርማ ክፍት ነው።',
  'petition.opens': 'ይህ አቤቱታ በ{date} ለፊርማ ይከፈታል።',
  'petition.closed': 'ይህ አቤቱታ ተዘግቷል። ከአሁን በኋላ ፊርማ አይሰበስብም።',
  'petition.response': 'ይፋዊ ምላሽ',
  'petition.responded-on': 'በ{date} ይፋ ተደርጓል።',
  'petition.recent': 'በቅርቡ የፈረሙ',
  'petition.sign': 'ይህን አቤቱታ ይፈርሙ',
  'petition.name': 'ሙሉ ስም',
  'petition.email': 'የኢሜይል አድራሻ',
  'petition.email-hint': 'ፊርማዎን ለማረጋገጥ ሊንክ እንልክልዎታለን።',
  'petition.region': 'የሚኖሩበት ቦታ',
  'petition.region-choose': 'የሚኖሩበትን ቦታ ይምረጡ',
  'petition.consent': 'ፊርማዬ እንዲመዘገብ ስሜ፣ የኢሜይል አድራሻዬ እና የምኖርበት አካባቢ {privacy} ላይ በተገለጸው መሠረት ጥቅም ላይ እንዲውሉ እስማማለሁ።',
  'petition.privacy-notice': 'የግላዊነት መግለጫ',
  'petition.show-name': 'ስሜ በፈራሚዎች ዝርዝር ላይ ለሕዝብ ይታይ',
  'petition.submit': 'አቤቱታውን ይፈርሙ',
  'petition.submitting': 'በመፈረም ላይ…',
  'petition.error-summary': 'ችግር አለ',
  'petition.error.name': 'ሙሉ ስምዎን ያስገቡ።',
  'petition.error.email-empty': 'የኢሜይል አድራሻዎን ያስገቡ።',
  'petition.error.email': 'የኢሜይል አድራሻ በትክክለኛ ቅርጸት ያስገቡ (ለምሳሌ name@example.com)።',
  'petition.error.region': 'የሚኖሩበትን ቦታ ይምረጡ።',
  'petition.error.consent': 'ከመፈረምዎ በፊት መስማማት ያስፈልጋል።',
  'petition.check-email': 'ኢሜይልዎን ይመልከቱ',
  'petition.check-email-body': 'ወደ {email} ሊንክ ልከናል። ፊርማዎን ለማረጋገጥ ይክፈቱት፦ ፊርማዎ የሚቆጠረው ከተረጋገጠ በኋላ ብቻ ነው።',
  'petition.check-email-help':
    'በጥቂት ደቂቃዎች ውስጥ ምንም ካልደረሰዎት የአይፈለጌ መልዕክት (spam) ማህደርዎን ይመልከቱ፣ ወይም አዲስ ሊንክ ለማግኘት በተመሳሳይ አድራሻ እንደገና ይፈርሙ።',
  'petition.share': 'ይህን አቤቱታ ያጋሩ',
  'petition.copied': 'ሊንኩ ተቀድቷል።',
};

export default messages;
