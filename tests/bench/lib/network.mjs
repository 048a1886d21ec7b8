// Records what a browser context fetches, phase by phase, and tells when the network has gone quiet.

export function recordRequests(context) {
  const firstSeen = new Map(); // path → phase in which it was first requested
  let phase = 'start';
  let inflight = 0;
  let lastActivity = Date.now();
  const touch = () => (lastActivity = Date.now());

  // Context events include the requests the demo's service worker makes on the page's behalf.
  context.on('request', (req) => {
    inflight++;
    touch();
    const url = new URL(req.url());
    if (!firstSeen.has(url.pathname)) firstSeen.set(url.pathname, { phase, url: req.url(), type: req.resourceType() });
  });
  const done = () => {
    inflight = Math.max(0, inflight - 1);
    touch();
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);

  return {
    setPhase: (name) => (phase = name),
    /** Paths first requested up to and including `phase` (phases in the order given). */
    pathsUpTo(phases) {
      return [...firstSeen].filter(([, v]) => phases.includes(v.phase)).map(([path]) => path);
    },
    /** Resolves once nothing has been in flight for `quietMs`, or after `maxMs` whatever happens. */
    async quiet(quietMs = 500, maxMs = 10_000) {
      const deadline = Date.now() + maxMs;
      while (Date.now() < deadline) {
        if (inflight === 0 && Date.now() - lastActivity >= quietMs) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    },
  };
}
