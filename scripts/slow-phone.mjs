// Shared by the browser benchmarks: the slow-phone profile.

/**
 * A new page in a fresh browser context (cold cache) that behaves like a cheap
 * phone on a slow network: a 390 × 844 touch screen, the CPU slowed 4×, 150 ms
 * round trips, 1.6 Mbit/s down and 750 kbit/s up. Returns the page and its
 * DevTools session (for counting bytes on the wire).
 */
export async function slowPhonePage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}
