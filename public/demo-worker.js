/* The demo backend's service worker: MSW's own (mockServiceWorker.js, unchanged, so its integrity
 * check still passes), behind one filter. MSW's worker asks the page about every request it sees,
 * and the page answers on its main thread; for the app's own scripts, styles, images and fonts the
 * answer is always "go to the network". Those requests now go there directly, without the round trip:
 * only requests made with fetch() (the API calls, whose destination is empty) reach MSW. */
self.addEventListener('fetch', (event) => {
  if (event.request.destination !== '') event.stopImmediatePropagation();
});

importScripts('./mockServiceWorker.js');
