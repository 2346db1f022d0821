// मराठी (mr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'लोड होत आहे…',
  'common.retry': 'पुन्हा प्रयत्न करा',
  'common.anonymous': 'अनामिक',
  'common.honeypot': 'हे क्षेत्र रिकामे ठेवा',
  'common.optional': '(ऐच्छिक)',
  'common.characters-left': { one: 'आणखी {count} अक्षर लिहिता येईल', other: 'आणखी {count} अक्षरे लिहिता येतील' },
  'common.characters-over': { one: '{count} अक्षर जास्त झाले आहे', other: '{count} अक्षरे जास्त झाली आहेत' },
  'error.offline': 'आपण ऑफलाइन आहात असे दिसते. कृपया आपले इंटरनेट कनेक्शन तपासा.',
  'error.network': 'सध्या आम्ही सेवेशी संपर्क साधू शकत नाही. ही समस्या आपल्या बाजूने नाही.',
  'error.timeout': 'सेवेला उत्तर देण्यास खूप वेळ लागत आहे. सेवा व्यस्त असू शकते.',
  'error.not-found': 'हा मजकूर सापडला नाही. तो काढून टाकला गेला असू शकतो.',
  'error.invalid-input': 'काही माहिती वैध नाही. कृपया ती तपासा आणि पुन्हा प्रयत्न करा.',
  'error.already-done': 'आपण हे आधीच केले आहे.',
  'error.closed': 'हे बंद झाले आहे.',
  'error.rate-limited': 'खूप जास्त प्रयत्न झाले. कृपया थोडा वेळ थांबा आणि पुन्हा प्रयत्न करा.',
  'error.unauthorised': 'या संकेतस्थळाला ही सेवा वापरण्याची परवानगी नाही.',
  'error.server': 'आमच्या बाजूने काहीतरी चूक झाली, आपल्या बाजूने नाही.',
  'error.no-backend': 'बॅकएंड कॉन्फिगर केलेले नाही: या विजेटला एंडपॉइंट आवश्यक आहे.',
  'error.retrying': 'कनेक्शन किंवा सेवा पुन्हा सुरू झाल्यावर हे आपोआप लोड होईल.',
  'error.kept': 'आपण भरलेली माहिती जतन केलेली आहे: थोड्या वेळाने पुन्हा प्रयत्न करा.',
  'error.unknown': 'काहीतरी चूक झाली. कृपया पुन्हा प्रयत्न करा.',
  'time.relative-past': 'एका मिनिटापेक्षा कमी वेळापूर्वी',
};

export default messages;
