// The language switcher: changing <html lang> re-translates every widget on the page, and the
// choice is kept for the next pages. A page written in another language (the Arabic page) keeps it.
const KEY = 'riverton-lang';
/** The footer's question in each language: the service's own is written once, in English. */
const QUESTIONS = {
  am: 'ይህ ገጽ ጠቃሚ ነበር?',
  ar: 'هل كانت هذه الصفحة مفيدة؟',
  az: 'Bu səhifə faydalı oldumu?',
  bg: 'Беше ли полезна тази страница?',
  bn: 'এই পৃষ্ঠাটি কি উপকারী ছিল?',
  ca: 'Us ha estat útil aquesta pàgina?',
  cs: 'Byla pro vás tato stránka užitečná?',
  cy: 'A oedd y dudalen hon yn ddefnyddiol?',
  da: 'Var denne side nyttig?',
  de: 'War diese Seite hilfreich?',
  el: 'Σας φάνηκε χρήσιμη αυτή η σελίδα;',
  en: 'Was this page useful?',
  es: '¿Te ha resultado útil esta página?',
  et: 'Kas see leht oli kasulik?',
  eu: 'Erabilgarria izan al zaizu orri hau?',
  fa: 'آیا این صفحه مفید بود؟',
  fi: 'Oliko tästä sivusta hyötyä?',
  fil: 'Naging kapaki-pakinabang ba ang pahinang ito?',
  fr: 'Cette page vous a-t-elle été utile ?',
  ga: 'An raibh an leathanach seo úsáideach?',
  ha: 'Shin wannan shafin ya kasance mai amfani?',
  he: 'האם הדף הזה היה מועיל?',
  hi: 'क्या यह पृष्ठ उपयोगी था?',
  hr: 'Je li vam ova stranica bila korisna?',
  hu: 'Hasznos volt ez az oldal?',
  hy: 'Այս էջն օգտակա՞ր էր։',
  id: 'Apakah halaman ini bermanfaat?',
  ig: 'Ibe a ọ bara gị uru?',
  it: 'Questa pagina è stata utile?',
  ja: 'このページは役に立ちましたか？',
  ka: 'სასარგებლო იყო ეს გვერდი?',
  kk: 'Бұл бет пайдалы болды ма?',
  ko: '이 페이지가 도움이 되었습니까?',
  ky: 'Бул барак пайдалуу болдубу?',
  lt: 'Ar šis puslapis buvo naudingas?',
  lv: 'Vai šī lapa bija noderīga?',
  mr: 'हे पृष्ठ उपयुक्त होते का?',
  ms: 'Adakah halaman ini berguna?',
  nb: 'Var denne siden nyttig?',
  ne: 'के यो पृष्ठ उपयोगी थियो?',
  nl: 'Was deze pagina nuttig?',
  pl: 'Czy ta strona była przydatna?',
  ps: 'ایا دا پاڼه ګټوره وه؟',
  pt: 'Esta página foi útil?',
  'pt-BR': 'Esta página foi útil?',
  ro: 'Această pagină v-a fost utilă?',
  ru: 'Была ли эта страница полезной?',
  si: 'මෙම පිටුව ප්‍රයෝජනවත් වූවාද?',
  sk: 'Bola pre vás táto stránka užitočná?',
  sl: 'Je bila ta stran koristna?',
  so: 'Boggan ma ahaa mid waxtar leh?',
  sr: 'Да ли је ова страница била корисна?',
  sv: 'Var den här sidan användbar?',
  sw: 'Je, ukurasa huu ulikuwa na manufaa?',
  ta: 'இந்தப் பக்கம் பயனுள்ளதாக இருந்ததா?',
  te: 'ఈ పేజీ ఉపయోగకరంగా ఉందా?',
  tg: 'Оё ин саҳифа муфид буд?',
  th: 'หน้านี้มีประโยชน์หรือไม่',
  tr: 'Bu sayfa faydalı oldu mu?',
  uk: 'Чи була ця сторінка корисною?',
  ur: 'کیا یہ صفحہ مفید تھا؟',
  uz: 'Ushbu sahifa foydali boʻldimi?',
  vi: 'Trang này có hữu ích không?',
  yo: 'Ṣé ojú-ìwé yìí wúlò?',
  'zh-Hans': '此页面对您有用吗？',
  'zh-Hant': '此頁面對您有用嗎？',
  zu: 'Ingabe leli khasi beliwusizo?',
};
const root = document.documentElement;
const select = document.getElementById('language');

function apply(lang) {
  root.lang = lang;
  root.dir = /^(Arab|Hebr)$/.test(new Intl.Locale(lang).maximize().script ?? '') ? 'rtl' : 'ltr';
  if (select) select.value = lang;
  document.querySelector('.footer civic-rating')?.setAttribute('question', QUESTIONS[lang] ?? QUESTIONS.en);
}

let saved = null;
try {
  saved = localStorage.getItem(KEY);
} catch {
  // storage blocked: the choice lasts for this page only
}
apply(root.lang && root.lang !== 'en' ? root.lang : (saved ?? 'en'));
select?.addEventListener('change', () => {
  try {
    localStorage.setItem(KEY, select.value);
  } catch {
    // as above
  }
  apply(select.value);
});

// Events reach the page too, e.g. for analytics.
for (const name of ['civic-vote', 'civic-comment', 'civic-sign', 'civic-rate']) {
  document.addEventListener(name, (event) => console.info(`[demo] ${name}`, event.detail));
}
