// नेपाली (ne): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'टिप्पणीहरू लोड हुँदै…',
  'comments.count': { '=0': 'अहिलेसम्म कुनै टिप्पणी छैन', one: '{count} टिप्पणी', other: '{count} टिप्पणी' },
  'comments.sort': 'क्रम',
  'comments.sort.newest': 'नयाँ पहिले',
  'comments.sort.oldest': 'पुरानो पहिले',
  'comments.sort.top': 'सबैभन्दा बढी समर्थन पाएका',
  'comments.empty': 'अहिलेसम्म कुनै टिप्पणी छैन। पहिलो टिप्पणी तपाईं गर्नुहोस्।',
  'comments.more': 'थप टिप्पणीहरू देखाउनुहोस्',
  'comments.new': { one: '{count} नयाँ टिप्पणी — हेर्नुहोस्', other: '{count} नयाँ टिप्पणी — हेर्नुहोस्' },
  'comments.closed': 'यो छलफल बन्द भइसकेको छ। तपाईं टिप्पणीहरू पढ्न सक्नुहुन्छ, तर नयाँ टिप्पणी थप्न सक्नुहुन्न।',
  'comments.form.title': 'टिप्पणी थप्नुहोस्',
  'comments.form.reply-title': '{name} लाई जवाफ दिनुहोस्',
  'comments.form.name': 'तपाईंको नाम',
  'comments.form.name-hint': '“बेनामी” का रूपमा टिप्पणी गर्न खाली छोड्नुहोस्। नाम सार्वजनिक रूपमा देखाइन्छ।',
  'comments.form.body': 'टिप्पणी',
  'comments.form.reply-body': 'जवाफ',
  'comments.form.submit': 'टिप्पणी पोस्ट गर्नुहोस्',
  'comments.form.submit-reply': 'जवाफ पोस्ट गर्नुहोस्',
  'comments.form.submitting': 'पोस्ट गर्दै…',
  'comments.form.cancel': 'रद्द गर्नुहोस्',
  'comments.form.required': 'टिप्पणी लेख्नुहोस्।',
  'comments.form.too-long': 'टिप्पणी बढीमा {max} अक्षरको हुनुपर्छ।',
  'comments.posted': 'तपाईंको टिप्पणी प्रकाशित भयो।',
  'comments.posted-pending': 'धन्यवाद। मोडरेटरले स्वीकृत गरेपछि तपाईंको टिप्पणी देखिनेछ।',
  'comments.pending': 'मोडरेटरको स्वीकृति पर्खँदै',
  'comments.upvote': 'समर्थन गर्नुहोस्',
  'comments.upvote-label': {
    '=0': 'यो टिप्पणीलाई समर्थन गर्नुहोस् (अहिलेसम्म कुनै समर्थन छैन)',
    one: 'यो टिप्पणीलाई समर्थन गर्नुहोस् ({count} समर्थक)',
    other: 'यो टिप्पणीलाई समर्थन गर्नुहोस् ({count} समर्थक)',
  },
  'comments.reply': 'जवाफ दिनुहोस्',
  'comments.replies-show': { one: '{count} जवाफ देखाउनुहोस्', other: '{count} जवाफ देखाउनुहोस्' },
  'comments.replies-hide': { one: '{count} जवाफ लुकाउनुहोस्', other: '{count} जवाफ लुकाउनुहोस्' },
  'comments.report': 'रिपोर्ट गर्नुहोस्',
  'comments.delete': 'मेटाउनुहोस्',
};

export default messages;
