/**
 * Bundle size: each content script's JS gzipped (the loader, what a Meet/Zoom tab parses on every load
 * before any call) and, as information, with the call runtime the background adds once a call starts, and the whole extension for Chrome MV3 and Firefox MV2, as the sum of
 * its files and as a store zip (deflate level 9). Built fresh by WXT into a directory of its own.
 *
 * Run: node --import tsx bench/size.bench.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { ACK_LANGUAGES } from '../utils/acks/languages';
import { budgets, report } from './budgets';
import { buildExtension } from './lib/build';
import { info } from './lib/print';

/** The shipped files: not the bench build's own source maps and stamp (bench/lib/build.ts). */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? files(join(dir, d.name))
      : d.name.endsWith('.map') || d.name.startsWith('.bench-')
        ? []
        : [join(dir, d.name)],
  );
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

/** A zip's size without writing it: per entry a local header (30 + name), deflated data, and a central record (46 + name), plus the 22-byte end record. */
function zipSize(dir: string): number {
  let total = 22;
  for (const f of files(dir)) {
    const name = Buffer.byteLength(relative(dir, f));
    const raw = readFileSync(f);
    total += 30 + name + Math.min(raw.length, deflateRawSync(raw, { level: 9 }).length) + 46 + name;
  }
  return total;
}

async function main() {
  const chrome = await buildExtension('chrome');
  const firefox = await buildExtension('firefox');
  console.log(
    'method: `wxt build` of the working tree (chrome-mv3, firefox-mv2; own out dir); gzip -9 of each content script; sum of files and computed zip size',
  );
  // Once a call is in progress the background runs content-call.js in the tab (utils/content/call-runtime.ts):
  // the overlay, its CSS (inlined), the model, acknowledgements and page samples, one file for every platform.
  const call = readFileSync(join(chrome, 'content-call.js'));
  for (const platform of ['meet', 'zoom']) {
    const js = readFileSync(join(chrome, 'content-scripts', `${platform}.js`));
    let css = 0;
    try {
      css = gz(readFileSync(join(chrome, 'content-scripts', `${platform}.css`)));
    } catch {}
    console.log(
      `  ${platform}.js raw ${kb(js.length)} KB${css ? `; ${platform}.css gzip ${kb(css)} KB (not counted)` : ''}; content-call.js raw ${kb(call.length)} KB`,
    );
    report(`${platform}: before a call, ${platform}.js gzip`, kb(gz(js)), 'KB', budgets.contentScriptGzipKB);
    info(`${platform}: once in a call, + content-call.js gzip`, kb(gz(js) + gz(call)), 'KB');
    // Issue 23: the rule tables come by message (cs:ack-language), so neither the loader nor the call runtime
    // grows with the number of languages. A table's longest thanks phrase in a bundle would mean it was bundled.
    for (const [file, buf] of [
      [`${platform}.js`, js],
      ['content-call.js', call],
    ] as const) {
      const text = buf.toString('utf8');
      const bundled = Object.values(ACK_LANGUAGES).filter((l) => {
        const probe = [...(l.lists.thanks ?? [])].sort((x, y) => y.length - x.length)[0] ?? l.label;
        return text.includes(probe) || text.includes(JSON.stringify(probe).slice(1, -1));
      });
      console.log(
        `  ${file} acknowledgement tables bundled: ${bundled.length ? bundled.map((l) => l.code).join(', ') : 'none'} of ${Object.keys(ACK_LANGUAGES).length} ${bundled.length ? 'FAIL' : 'PASS'}`,
      );
      if (bundled.length) process.exitCode = 1;
    }
  }
  for (const [name, dir] of [
    ['chrome-mv3', chrome],
    ['firefox-mv2', firefox],
  ] as const) {
    const sum = files(dir).reduce((n, f) => n + statSync(f).size, 0);
    report(`extension ${name} sum of files`, kb(sum), 'KB', budgets.extensionTotalKB);
    report(`extension ${name} zip`, kb(zipSize(dir)), 'KB', budgets.extensionZipKB);
  }
}

await main();
