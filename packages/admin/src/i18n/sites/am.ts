import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** የድረ-ገጾች ገጽ (ድምፅ፣ አስተያየት፣ ፊርማ እና ግምገማ እንዲልኩ የተፈቀደላቸው ድረ-ገጾች)፣ በአማርኛ። */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'ድረ-ገጾች',
  'sites.intro':
    'ማንኛውም ድረ-ገጽ ዊጄቶቹን ማሳየት ይችላል፤ ነገር ግን ሰዎች ድምፅ መስጠት፣ አስተያየት መስጠት፣ መፈረም እና መገምገም የሚችሉት እዚህ በተፈቀዱ ድረ-ገጾች ገጾች ላይ ብቻ ነው።',
  'sites.loading': 'በመጫን ላይ…',
  'sites.loadError': 'ድረ-ገጾቹን መጫን አልተቻለም፦ {detail}',
  'sites.retry': 'እንደገና ይሞክሩ',
  'sites.readOnly': 'ይህን ዝርዝር መቀየር የሚችሉት አስተዳዳሪዎች ብቻ ናቸው። ድረ-ገጽዎን እንዲፈቅዱ አንዱን ይጠይቁ።',
  'refused.title': 'በቅርቡ ውድቅ የተደረጉ ድረ-ገጾች',
  'refused.intro': 'በእነዚህ ድረ-ገጾች ላይ ያሉ ገጾች ድምፅ፣ አስተያየት፣ ፊርማ ወይም ግምገማ ለመላክ ሞክረው ውድቅ ተደርገዋል። ድረ-ገጹ የእርስዎ ከሆነ ይፍቀዱት።',
  'refused.none': 'በቅርቡ ውድቅ የተደረገ ድረ-ገጽ የለም።',
  'refused.caption': 'ውድቅ የተደረጉ ድረ-ገጾች፣ የቅርብ ጊዜው መጀመሪያ',
  'refused.allow': 'ይፍቀዱ',
  'refused.note': 'ውድቅ ከተደረጉ ድረ-ገጾች ዝርዝር የተፈቀደ',
  'col.site': 'ድረ-ገጽ',
  'col.refusals': 'ውድቅ የተደረጉ ሙከራዎች',
  'col.lastRefused': 'መጨረሻ ውድቅ የተደረገው',
  'col.firstRefused': 'መጀመሪያ ውድቅ የተደረገው',
  'col.note': 'ማስታወሻ',
  'col.addedBy': 'ያከለው',
  'col.added': 'የታከለበት',
  'col.action': 'ተግባር',
  'allowed.title': 'የተፈቀዱ ድረ-ገጾች',
  'allowed.caption': 'የተፈቀዱ ድረ-ገጾች',
  'allowed.none': 'እስካሁን ምንም ድረ-ገጽ አልተፈቀደም፦ ሰዎች መሳተፍ የሚችሉት በዚህ አገልጋይ የራሱ ገጾች ላይ ብቻ ነው።',
  'allowed.fromEnvironment': 'የአገልጋይ ቅንብር',
  'allowed.fromEnvironmentNote': 'በCIVIC_ALLOWED_ORIGINS ውስጥ የተቀመጠ፦ በአገልጋዩ ቅንብሮች ውስጥ ይቀይሩት።',
  'allowed.remove': 'ያስወግዱ',
  'confirm.remove': '{origin} መፍቀድ ይቁም?',
  'confirm.removeBody':
    'በገጾቹ ላይ ያሉ ሰዎች ከአሁን በኋላ ድምፅ መስጠት፣ አስተያየት መስጠት፣ መፈረም ወይም መገምገም አይችሉም። በገጾቹ ላይ አስቀድመው ያሉ ዊጄቶች መታየታቸውን ይቀጥላሉ።',
  'confirm.yesRemove': 'አዎ፣ ያስወግዱት',
  'confirm.cancel': 'ይቅር',
  'add.title': 'ድረ-ገጽ ይፍቀዱ',
  'add.origin': 'የድረ-ገጹ የድር አድራሻ',
  'add.originHint': 'ለምሳሌ https://www.city.gov። የዚያ ድረ-ገጽ ሁሉም ገጾች ይፈቀዳሉ፤ ከድረ-ገጹ ስም በኋላ ያለው ማንኛውም ነገር ችላ ይባላል።',
  'add.note': 'ማስታወሻ (አማራጭ)',
  'add.noteHint': 'ድረ-ገጹ ምን እንደሆነ እና ማን እንደሚያስተዳድረው፣ ሌሎች ለምን እንደተፈቀደ እንዲያውቁ። እስከ 200 ቁምፊዎች።',
  'add.submit': 'ድረ-ገጹን ይፍቀዱ',
  'add.saving': 'በማስቀመጥ ላይ…',
  'add.errorTitle': 'ችግር አለ',
  'error.origin': 'የድረ-ገጹን የድር አድራሻ ያስገቡ፣ ለምሳሌ https://www.city.gov',
  'error.note': 'ማስታወሻው ከ200 ቁምፊዎች መብለጥ የለበትም',
  'notice.added': '{origin} ተፈቅዷል፦ በገጾቹ ላይ ያሉ ሰዎች አሁን መሳተፍ ይችላሉ።',
  'notice.removed': '{origin} ከአሁን በኋላ አልተፈቀደም።',
};

export default messages;
