// The language switcher: changing <html lang> re-translates every widget on the page, and the
// choice is kept for the next pages. A page written in another language (the Arabic page) keeps it.
const KEY = 'riverton-lang';
/** The footer's question in each language: the service's own is written once, in English. */
const QUESTIONS = {
  en: 'Was this page useful?',
  fr: 'Cette page vous a-t-elle été utile ?',
  es: '¿Te ha resultado útil esta página?',
  ar: 'هل كانت هذه الصفحة مفيدة؟',
};
const root = document.documentElement;
const select = document.getElementById('language');

function apply(lang) {
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
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
