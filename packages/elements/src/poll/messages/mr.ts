// मराठी (mr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'जनमत चाचणी लोड होत आहे…',
  'poll.vote': 'मत द्या',
  'poll.submitting': 'आपले मत पाठवत आहे…',
  'poll.change-vote': 'आपले मत बदला',
  'poll.keep-vote': 'माझे मत कायम ठेवा',
  'poll.hint-single': 'एक पर्याय निवडा.',
  'poll.hint-multiple': { one: 'एक पर्याय निवडा.', other: 'जास्तीत जास्त {count} पर्याय निवडा.' },
  'poll.max-reached': {
    one: 'आपण जास्तीत जास्त निवडता येणारा एक पर्याय निवडला आहे.',
    other: 'आपण जास्तीत जास्त निवडता येणारे {count} पर्याय निवडले आहेत.',
  },
  'poll.need-choice': 'मत देण्यापूर्वी एक पर्याय निवडा.',
  'poll.voted': 'धन्यवाद. आपले मत नोंदवले गेले आहे.',
  'poll.vote-changed': 'आपले मत बदलले गेले आहे.',
  'poll.you-voted': 'आपण या जनमत चाचणीत मत दिले आहे.',
  'poll.your-choice': '(✓ आपली निवड)',
  'poll.votes': { '=0': 'एकही मत नाही', one: '{count} मत', other: '{count} मते' },
  'poll.participants': {
    '=0': 'अद्याप कोणीही मत दिलेले नाही.',
    one: '{count} व्यक्तीने मत दिले आहे.',
    other: '{count} व्यक्तींनी मत दिले आहे.',
  },
  'poll.closes': '{relative} बंद होईल ({date}).',
  'poll.opens': 'ही जनमत चाचणी {relative} सुरू होईल ({date}).',
  'poll.closed-on': 'ही जनमत चाचणी {date} रोजी बंद झाली.',
  'poll.closed': 'ही जनमत चाचणी बंद झाली आहे.',
  'poll.results': 'निकाल',
  'poll.results-after-vote': 'आपण मत दिल्यानंतर निकाल दाखवले जातात.',
  'poll.results-after-close': 'जनमत चाचणी बंद झाल्यावर निकाल दाखवले जातील.',
  'poll.results-never': 'या जनमत चाचणीचे निकाल प्रसिद्ध केले जात नाहीत.',
  'poll.error.already-done': 'आपण या जनमत चाचणीत आधीच मत दिले आहे.',
  'poll.error.closed': 'ही जनमत चाचणी आता मतदानासाठी खुली नाही.',
};

export default messages;
