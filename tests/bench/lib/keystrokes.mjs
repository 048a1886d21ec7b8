// Keystroke latency as a person feels it: from the keydown event to the first frame produced after
// the editor's DOM changed (a MutationObserver sees the change, requestAnimationFrame waits for the
// frame, a message posted from it lands once that frame has been rendered).

/** Installs the probe in the page; `selector` is the contenteditable root. */
export async function installKeyProbe(page, selector) {
  await page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) throw new Error(`no ${sel}`);
    const probe = { samples: [], frameOnly: [], pending: null };
    const channel = new MessageChannel();
    let onPainted = null;
    channel.port1.onmessage = () => onPainted?.();
    document.addEventListener(
      'keydown',
      () => {
        probe.pending = { t0: performance.now(), seen: false };
      },
      true,
    );
    new MutationObserver(() => {
      const p = probe.pending;
      if (!p || p.seen) return;
      p.seen = true;
      requestAnimationFrame(() => {
        const frame = performance.now();
        onPainted = () => {
          onPainted = null;
          probe.frameOnly.push(frame - p.t0);
          probe.samples.push(performance.now() - p.t0);
        };
        channel.port2.postMessage(0);
      });
    }).observe(root, { childList: true, subtree: true, characterData: true });
    window.__keyProbe = probe;
  }, selector);
}

export async function resetProbe(page) {
  await page.evaluate(() => {
    window.__keyProbe.samples = [];
    window.__keyProbe.frameOnly = [];
  });
}

export const readProbe = (page) => page.evaluate(() => ({ painted: window.__keyProbe.samples, frame: window.__keyProbe.frameOnly }));

/** Lowercase letters and spaces, at a typist's pace (about 8 keys a second). */
export function typingText(keys) {
  const words = ['phuong', 'ben', 'thanh', 'ra', 'quan', 'don', 've', 'sinh', 'kenh', 'rach', 'sach', 'se'];
  let s = '';
  for (let i = 0; s.length < keys; i++) s += `${words[i % words.length]} `;
  return s.slice(0, keys);
}

export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const round1 = (n) => Math.round(n * 10) / 10;
