// The language switcher: changing <html lang> re-translates every widget on the page.
const select = document.getElementById('language');
if (select) {
  select.value = document.documentElement.lang || 'en';
  select.addEventListener('change', () => {
    const lang = select.value;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  });
}
// Events reach the page too, e.g. for analytics.
for (const name of ['civic-vote', 'civic-comment', 'civic-sign', 'civic-rate']) {
  document.addEventListener(name, (event) => console.info(`[demo] ${name}`, event.detail));
}
