// አማርኛ (am): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'ፊርማዎን ያረጋግጡ፦ {title}',
  'mail.confirm.body':
    '«{title}» የሚለውን አቤቱታ ለመፈረም ጠይቀዋል።\n\nፊርማዎን ለማረጋገጥ ይህን ሊንክ ይክፈቱ እና «ፊርማዬን አረጋግጣለሁ» የሚለውን ቁልፍ ይጫኑ፦\n{link}\n\nሊንኩ ለ{duration} ያገለግላል። ፊርማዎ የሚቆጠረው ከተረጋገጠ በኋላ ብቻ ነው። ለመፈረም ካልጠየቁ ይህን ኢሜይል ችላ ይበሉ፦ ምንም ነገር አይፈረምም።',
  'mail.confirm.withdraw': 'ሐሳብዎን ከቀየሩ፣ አቤቱታው ክፍት እስከሆነ ድረስ ፊርማዎን መሰረዝ ይችላሉ፦\n{withdrawLink}',
  'mail.already.subject': 'አስቀድመው ፈርመዋል፦ {title}',
  'mail.already.body':
    'አንድ ሰው «{title}» የሚለውን አቤቱታ በዚህ የኢሜይል አድራሻ ለመፈረም ሞክሯል፤ ይህ አድራሻ ግን አቤቱታውን አስቀድሞ ፈርሟል። እያንዳንዱ አድራሻ መፈረም የሚችለው አንድ ጊዜ ብቻ ስለሆነ ምንም የተቀየረ ነገር የለም።',
  'mail.footer': '{agency}',
  'page.confirm.title': 'ፊርማዎን ያረጋግጡ',
  'page.confirm.intro': 'ይህን አቤቱታ ለመፈረም ጠይቀዋል። ፊርማዎ የሚቆጠረው ካረጋገጡት በኋላ ብቻ ነው።',
  'page.confirm.button': 'ፊርማዬን አረጋግጣለሁ',
  'page.confirm.ignore': 'ለመፈረም ካልጠየቁ ይህን ገጽ ይዝጉ፦ ምንም ነገር አይፈረምም።',
  'page.petition': 'አቤቱታ፦ {title}',
  'page.confirmed.title': 'ፊርማው ተረጋግጧል',
  'page.confirmed.body': 'እናመሰግናለን። ፊርማዎ ተረጋግጧል፤ አሁን ይቆጠራል።',
  'page.already.title': 'ፊርማው ቀድሞ ተረጋግጧል',
  'page.already.body': 'ፊርማዎ ቀድሞ ተረጋግጧል። የሚቆጠረው አንድ ጊዜ ብቻ ነው።',
  'page.unknown.title': 'ሊንኩ አልታወቀም',
  'page.unknown.body': 'ይህ የማረጋገጫ ሊንክ ትክክል አይደለም። ከቅርብ ጊዜው ኢሜይልዎ ሙሉውን ሊንክ መክፈትዎን ያረጋግጡ፣ ወይም አቤቱታውን እንደገና ይፈርሙ።',
  'page.expired.title': 'የሊንኩ ጊዜ አልፎበታል',
  'page.expired.body': 'የማረጋገጫ ሊንኮች ለ{duration} ያገለግላሉ፤ የዚህ ሊንክ ጊዜ አልፎበታል። አዲስ ሊንክ ለማግኘት አቤቱታውን እንደገና ይፈርሙ።',
  'page.closed.title': 'አቤቱታው ክፍት አይደለም',
  'page.closed.body': 'ይህ አቤቱታ ፊርማ እየተቀበለ ስላልሆነ ፊርማዎ አልተረጋገጠም።',
  'page.refused.title': 'ማረጋገጫው ተቀባይነት አላገኘም',
  'page.refused.body': 'በኢሜይልዎ ውስጥ ያለው ሊንክ በሚከፍተው ገጽ ላይ ባለው ቁልፍ ፊርማዎን ያረጋግጡ።',
  'page.withdraw.title': 'ፊርማዎን ይሰርዙ',
  'page.withdraw.intro': 'ፊርማዎ፣ ስምዎ እና የኢሜይል አድራሻዎ ከዚህ አቤቱታ ይወገዳሉ። ይህን መቀልበስ አይቻልም።',
  'page.withdraw.button': 'ፊርማዬን እሰርዛለሁ',
  'page.withdraw.ignore': 'ፊርማዎን መሰረዝ ካልፈለጉ ይህን ገጽ ይዝጉ፦ ምንም ነገር አይቀየርም።',
  'page.withdrawn.title': 'ፊርማው ተሰርዟል',
  'page.withdrawn.body': 'ፊርማዎ ከስምዎ እና ከኢሜይል አድራሻዎ ጋር ከአቤቱታው ተወግዷል።',
  'page.withdraw.closed': 'ይህ አቤቱታ ከአሁን በኋላ ክፍት ስላልሆነ ፊርማዎቹ ሊቀየሩ አይችሉም።',
  'page.back': 'ወደ አቤቱታው ይመለሱ',
  'page.home': 'ወደ {agency} ይሂዱ',
};

export default messages;
