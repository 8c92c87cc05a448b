import { describe, expect, it } from 'vitest';
import { assetsReferencedBy, shellAssets } from './kiosk-offline';

describe('the kiosk shell: the files a reload without a link needs', () => {
  it('takes the files the console page names', () => {
    const html = '<script type="module" crossorigin src="/assets/index-j2oZ0W8r.js"></script><link rel="stylesheet" crossorigin href="/assets/index-Ab1.css"><link rel="icon" href="/favicon.ico">';
    expect(shellAssets(html)).toEqual(['/assets/index-j2oZ0W8r.js', '/assets/index-Ab1.css']);
  });

  it('finds lazy chunks, fonts and images that a script or a style sheet names', () => {
    const js = 'const m=()=>import("./pdf-C3x_9aBc.js");const deps=["assets/pdf-C3x_9aBc.js","assets/pdf-D1e2F3g4.css"];const p=`./package.js`;';
    const css = '@font-face{src:url(/assets/inter-latin-400-K2h3J4k5.woff2) format("woff2")}.x{background:url(./logo-Q1w2E3r4.svg)}';
    expect(assetsReferencedBy(js)).toEqual(['/assets/pdf-C3x_9aBc.js', '/assets/pdf-D1e2F3g4.css']);
    expect(assetsReferencedBy(css)).toEqual(['/assets/inter-latin-400-K2h3J4k5.woff2', '/assets/logo-Q1w2E3r4.svg']);
  });
});
