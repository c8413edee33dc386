import { launch } from '../tests/e2e/lib/session';
import { articlePage, paragraph, paragraphs } from './page-fixtures';

const pages: Record<string, string> = {
  'https://www.infobrand.id/lima-puluh-ribu-elemen-uji.phtml': articlePage('Lima', paragraphs(3000), {
    after: `<ul>${Array.from({ length: 50_000 }, (_, i) => `<li>Arsip ${i}</li>`).join('')}</ul>`,
  }),
  'https://www.infobrand.id/satu-simpul-teks-besar.phtml': articlePage('Satu', `<p>${paragraph(0, 1_000_000)}</p>`),
};
const s = await launch('chromium');
s.serve(pages);
for (const url of Object.keys(pages)) {
  const tab = await s.openPage(url);
  await tab.waitFor(() => document.documentElement.dataset.sorot === 'ready', undefined, 30000);
  await tab.evaluate(() => {
    (window as any).lt = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) (window as any).lt.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  await tab.press('Alt+Shift+S');
  await tab.waitFor(() => document.documentElement.dataset.sorot === 'off', undefined, 30000);
  await tab.press('Alt+Shift+S');
  await tab.waitFor(() => performance.getEntriesByName('sorot:annotate').length > 1, undefined, 30000);
  await new Promise((r) => setTimeout(r, 500));
  console.log(
    url,
    await tab.evaluate(() =>
      JSON.stringify({
        lt: (window as any).lt,
        m: performance
          .getEntries()
          .filter((e) => e.name.startsWith('sorot:') && e.entryType === 'measure')
          .map((e) => `${e.name}=${e.duration.toFixed(0)}`),
      }),
    ),
  );
  await tab.close();
}
await s.close();
