// मराठी (mr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'लोड होत आहे…',
  'rating.stars': { one: '{count} तारा', other: '{count} तारे' },
  'rating.yes': 'होय',
  'rating.no': 'नाही',
  'rating.csat.1': 'अत्यंत असमाधानी',
  'rating.csat.2': 'असमाधानी',
  'rating.csat.3': 'समाधानीही नाही आणि असमाधानीही नाही',
  'rating.csat.4': 'समाधानी',
  'rating.csat.5': 'अत्यंत समाधानी',
  'rating.send': 'मूल्यांकन पाठवा',
  'rating.sending': 'पाठवत आहे…',
  'rating.choose': 'आधी मूल्यांकन निवडा.',
  'rating.thanks': 'आपल्या अभिप्रायाबद्दल धन्यवाद.',
  'rating.follow-up': 'आम्हाला अधिक सांगा (ऐच्छिक)',
  'rating.reasons': 'हे कशाबद्दल होते?',
  'rating.comment': 'टिप्पणी',
  'rating.comment-hint': 'आपले नाव किंवा पत्ता यांसारखी वैयक्तिक माहिती लिहू नका.',
  'rating.send-more': 'पाठवा',
  'rating.skip': 'वगळा',
  'rating.done': 'धन्यवाद. आपल्या अभिप्रायामुळे आम्हाला ही सेवा सुधारण्यास मदत होते.',
  'rating.yours': 'आपले मूल्यांकन: {score}.',
  'rating.change': 'आपले उत्तर बदला',
  'rating.closed': 'ही सेवा सध्या मूल्यांकन स्वीकारत नाही.',
  'rating.average': '५ पैकी {average}',
  'rating.yes-share': '{percent} लोकांना हे उपयुक्त वाटले',
  'rating.count': { '=0': 'अद्याप एकही मूल्यांकन नाही', one: '({count} मूल्यांकनावरून)', other: '({count} मूल्यांकनांवरून)' },
  'rating.details-show': 'सर्व मूल्यांकने दाखवा',
  'rating.details-hide': 'सर्व मूल्यांकने लपवा',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
