// Screenshots of the page for a person to look at (not a test): 1366×768, a 375×812 phone and 200 %
// zoom (683×384 CSS px at device scale 2), each after a paste of the sample with one wrong number.
//   node tests/browser/screens.mjs [OUT_DIR]     (default build/screens; GK_SKIP_BUILD=1 skips the build)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildWeb, startServer, launch, waitResult, root } from './lib.mjs';

const out = process.argv[2] || join(root, 'build', 'screens');
mkdirSync(out, { recursive: true });
buildWeb();
const server = await startServer();
const { browser, close } = await launch();
const views = [
  ['desktop-1366', { width: 1366, height: 768 }, 1],
  ['phone-375', { width: 375, height: 812 }, 3],
  ['zoom-200', { width: 683, height: 384 }, 2],
];
try {
  for (const [name, viewport, deviceScaleFactor] of views) {
    const context = await browser.newContext({ viewport, deviceScaleFactor });
    const page = await context.newPage();
    await page.goto(server.url + '?sample=0');
    await waitResult(page, 0);
    await page.screenshot({ path: join(out, `${name}-empty.png`) });
    const before = await page.evaluate(() => GK.app.state().seq);
    await page.evaluate(() => GK.app.insertText(document.getElementById('report'), GK.sampleErrorText));
    await waitResult(page, before);
    await page.screenshot({ path: join(out, `${name}-after-paste.png`) });
    await page.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
    await context.close();
  }
  console.log('screens: wrote ' + out);
} finally {
  await close();
  await server.stop();
}
