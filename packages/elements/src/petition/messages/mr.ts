// मराठी (mr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'याचिका लोड होत आहे…',
  'petition.full-text': 'संपूर्ण याचिका वाचा',
  'petition.signatures': { '=0': 'अद्याप एकही स्वाक्षरी नाही', one: '{count} स्वाक्षरी', other: '{count} स्वाक्षऱ्या' },
  'petition.progress': 'स्वाक्षऱ्या: {goal} पैकी {count} ({percent})',
  'petition.milestones': 'टप्पे',
  'petition.milestone': { one: '{count} स्वाक्षरी — {label}', other: '{count} स्वाक्षऱ्या — {label}' },
  'petition.reached': '(✓ गाठला)',
  'petition.milestone-reached': 'टप्पा गाठला: {label}.',
  'petition.closes': '{date} पर्यंत स्वाक्षरीसाठी खुली.',
  'petition.opens': 'ही याचिका {date} रोजी स्वाक्षरीसाठी खुली होईल.',
  'petition.closed': 'ही याचिका बंद झाली आहे. आता यावर स्वाक्षऱ्या घेतल्या जात नाहीत.',
  'petition.response': 'अधिकृत प्रतिसाद',
  'petition.responded-on': '{date} रोजी प्रसिद्ध.',
  'petition.recent': 'अलीकडील स्वाक्षरीकर्ते',
  'petition.sign': 'या याचिकेवर स्वाक्षरी करा',
  'petition.name': 'पूर्ण नाव',
  'petition.email': 'ई-मेल पत्ता',
  'petition.email-hint': 'आपल्या स्वाक्षरीची पुष्टी करण्यासाठी आम्ही आपल्याला एक लिंक पाठवू.',
  'petition.region': 'आपण कुठे राहता',
  'petition.region-choose': 'आपण कुठे राहता ते निवडा',
  'petition.consent':
    'मला मान्य आहे की माझी स्वाक्षरी नोंदवण्यासाठी माझे नाव, ई-मेल पत्ता आणि क्षेत्र यांवर प्रक्रिया केली जाईल, जसे {privacy} मध्ये वर्णन केले आहे.',
  'petition.privacy-notice': 'गोपनीयता सूचना',
  'petition.show-name': 'स्वाक्षरीकर्त्यांच्या यादीत माझे नाव सार्वजनिकपणे दाखवा',
  'petition.submit': 'याचिकेवर स्वाक्षरी करा',
  'petition.submitting': 'स्वाक्षरी करत आहे…',
  'petition.error-summary': 'एक समस्या आहे',
  'petition.error.name': 'आपले पूर्ण नाव लिहा.',
  'petition.error.email-empty': 'आपला ई-मेल पत्ता लिहा.',
  'petition.error.email': 'ई-मेल पत्ता योग्य स्वरूपात लिहा, उदा. name@example.com.',
  'petition.error.region': 'आपण कुठे राहता ते निवडा.',
  'petition.error.consent': 'स्वाक्षरी करण्यापूर्वी आपली संमती आवश्यक आहे.',
  'petition.check-email': 'आपला ई-मेल तपासा',
  'petition.check-email-body':
    'आम्ही {email} वर एक लिंक पाठवली आहे. आपल्या स्वाक्षरीची पुष्टी करण्यासाठी ती उघडा: पुष्टी केल्यानंतरच स्वाक्षरी मोजली जाते.',
  'petition.check-email-help':
    'काही मिनिटांत ई-मेल न आल्यास, आपले स्पॅम फोल्डर तपासा, किंवा नवीन लिंक मिळवण्यासाठी त्याच पत्त्याने पुन्हा स्वाक्षरी करा.',
  'petition.share': 'ही याचिका शेअर करा',
  'petition.copied': 'लिंक कॉपी केली.',
};

export default messages;
