import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** የAPI ቶከኖች ገጽ፣ በአማርኛ። */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'የAPI ቶከኖች',
  'tokens.intro':
    'የAPI ቶከን አንድ ስክሪፕት ወይም ሌላ ሥርዓት በእርስዎ ስም የአስተዳደር APIውን እንዲጠቀም ያስችላል፤ ለምሳሌ በየምሽቱ ውጤቶችን እንደ መላክ ያሉ ሥራዎችን በራስ-ሰር ለማከናወን። ሚናዎ ({role}) የሚፈቅደውን ሁሉ ማድረግ ይችላል።',
  'tokens.howTo': 'ስክሪፕቱ ቶከኑን በእያንዳንዱ ጥያቄ Authorization ራስጌ ውስጥ ይልካል፦',
  'tokens.loading': 'ቶከኖችዎን በመጫን ላይ…',
  'tokens.loadError': 'ቶከኖችዎን መጫን አልተቻለም፦ {detail}',
  'tokens.retry': 'እንደገና ይሞክሩ',
  'tokens.none': 'ምንም የAPI ቶከን የለዎትም።',
  'tokens.caption': { one: 'የእርስዎ {count} ቶከን', other: 'የእርስዎ {count} ቶከኖች' },
  'col.name': 'ስም',
  'col.created': 'የተፈጠረበት',
  'col.lastUsed': 'መጨረሻ ጥቅም ላይ የዋለበት',
  'col.status': 'ሁኔታ',
  'col.actions': 'ተግባራት',
  'tokens.never': 'በጭራሽ',
  'tokens.active': 'ንቁ',
  'tokens.revoked': 'ተሽሯል',
  'tokens.revoke': 'ይሻሩ',
  'create.title': 'ቶከን ይፍጠሩ',
  'create.name': 'ስም',
  'create.nameHint': 'ለምን እንደሆነ፣ በኋላ እንዲያውቁት። ለምሳሌ፦ የምሽት ውጤቶች ወደ ውጭ መላኪያ።',
  'create.submit': 'ቶከን ይፍጠሩ',
  'create.working': 'ቶከኑን በመፍጠር ላይ…',
  'create.errorTitle': 'ቶከኑ አልተፈጠረም',
  'create.nameRequired': 'ለቶከኑ ስም ያስገቡ',
  'created.title': 'አዲሱ ቶከንዎ',
  'created.status': '«{name}» የተባለው ቶከን ተፈጥሯል።',
  'created.warning':
    'አሁኑኑ ይቅዱትና ደኅንነቱ በተጠበቀ ቦታ ያስቀምጡት፤ ለምሳሌ በይለፍ ቃል ማስተዳደሪያ ወይም በራስ-ሰር ሥርዓትዎ ሚስጥራዊ ቅንብሮች ውስጥ። ዳግም አይታይም። የያዘው ማንኛውም ሰው እንደ እርስዎ ሆኖ መሥራት ይችላል።',
  'created.label': 'የAPI ቶከን «{name}»',
  'created.done': 'አስቀምጬዋለሁ',
  copy: 'ቶከኑን ይቅዱ',
  copied: 'ቶከኑ ተቀድቷል።',
  copyFailed: 'ቶከኑ ተመርጧል፦ በቁልፍ ሰሌዳዎ ወይም በምናሌው ይቅዱት።',
  'revoke.title': '«{name}» የተባለው ቶከን ይሻር?',
  'revoke.body': 'የሚጠቀሙበት ስክሪፕቶች እና ሥርዓቶች ወዲያውኑ መሥራት ያቆማሉ። ይህን መቀልበስ አይቻልም፤ ነገር ግን አዲስ ቶከን መፍጠር ይችላሉ።',
  'revoke.confirm': 'አዎ፣ ይሻር',
  'revoke.done': '«{name}» የተባለው ቶከን ተሽሯል።',
  'revoke.errorTitle': 'ቶከኑ አልተሻረም',
  cancel: 'ይቅር',
  'role.admin': 'አስተዳዳሪ',
  'role.editor': 'አርታኢ',
  'role.moderator': 'ተቆጣጣሪ',
  'role.analyst': 'ተንታኝ',
};

export default messages;
