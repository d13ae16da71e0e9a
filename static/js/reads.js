/* One read of this article, counted first-party and without cookies: sent
   once the page is actually shown (not while prerendered or in a background
   tab), with where the reader came from. The page itself is the same for
   every reader; this is a request of its own. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !navigator.sendBeacon) { return; }
  var url = script.getAttribute("data-read-url");
  var article = script.getAttribute("data-article");
  var sent = false;

  function send() {
    if (sent || document.visibilityState !== "visible" || document.prerendering) { return; }
    sent = true;
    var data = new URLSearchParams();
    data.set("a", article);
    data.set("r", document.referrer || "");
    var source = new URLSearchParams(location.search).get("utm_source");
    if (source) { data.set("u", source); }
    navigator.sendBeacon(url, data);
  }

  document.addEventListener("visibilitychange", send);
  document.addEventListener("prerenderingchange", send);
  send();
})();
