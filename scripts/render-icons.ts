// Renders public/favicon.svg to the PNG icons the web app manifest names. Run: npx tsx scripts/render-icons.ts
import { readFileSync } from 'node:fs';
import { launchChromium } from '../tests/support/chromium.ts';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

// Maskable icons are cropped to a circle of 80 % of the width: the mark sits inside that safe zone on full-bleed green.
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

const browser = await launchChromium();
for (const icon of icons) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
  const inner = icon.maskable ? Math.round(icon.size * 0.7) : icon.size;
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:${icon.maskable ? '#0b5d3b' : 'transparent'}">` +
      `<img src="${dataUrl}" width="${inner}" height="${inner}"></body>`,
  );
  await page.screenshot({ path: `public/icons/${icon.file}`, omitBackground: !icon.maskable });
  await page.close();
}
await browser.close();
console.log(`wrote ${icons.length} icons to public/icons/`);
