/* A live report's open page: ask what is new every 10 s and add it in place.

   The answer (<article URL>pembaruan/?sejak=<newest id shown>) is the same
   for every reader and kept by the page cache and the CDN; an unchanged one
   comes back as a 304 from the browser's cache. Polling slows down while
   nothing changes (up to 20 s) and after errors (15 s and more), and stops
   while the tab is hidden. A reader who scrolled into the entries gets a
   "N pembaruan baru" button instead of text moving under their eyes.
   Without this script, "Muat pembaruan" reloads the page. */
(function () {
  "use strict";

  var BASE = 10000, UNCHANGED_MAX = 20000, ERROR_MIN = 15000, ERROR_MAX = 120000;
  var section = document.getElementById("laporan-langsung");
  if (!section || !section.dataset.liveUrl || !window.fetch) return;

  var url = section.dataset.liveUrl;
  var latest = parseInt(section.dataset.liveLatest, 10) || 0;
  var list = section.querySelector("[data-live-entries]");
  var status = section.querySelector("[data-live-status]");
  var newBox = section.querySelector("[data-live-new]");
  var newButton = newBox && newBox.querySelector("button");
  var reload = section.querySelector("[data-live-reload]");
  var pending = [];
  var timer = null, delay = BASE, stopped = false, inFlight = false, mustReload = false;

  if (reload) reload.parentNode.hidden = true;

  function fragment(html) {
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content;
  }

  function announce(text) {
    if (!status) return;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function addKeyEvents(entries) {
    var keyList = section.querySelector("[data-live-key-events]");
    if (!keyList) return;
    entries.slice().reverse().forEach(function (entry) {
      if (!entry.penting) return;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "#pembaruan-" + entry.id;
      var time = document.createElement("time");
      time.dateTime = entry.waktu;
      var at = new Date(entry.waktu);
      time.textContent = at.toLocaleTimeString("id-ID", {
        hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta"
      }).replace(":", ".");
      link.appendChild(time);
      link.appendChild(document.createTextNode(" " + entry.ringkasan));
      item.appendChild(link);
      keyList.insertBefore(item, keyList.firstChild);
      keyList.closest("nav").hidden = false;
    });
  }

  function insertPending() {
    if (!pending.length) return;
    var empty = list.querySelector("[data-live-empty]");
    if (empty) empty.remove();
    // pending is newest first: the oldest goes in first, each on top.
    for (var i = pending.length - 1; i >= 0; i--) {
      if (!document.getElementById("pembaruan-" + pending[i].id)) {
        list.insertBefore(fragment(pending[i].html), list.firstChild);
      }
    }
    addKeyEvents(pending);
    pending = [];
    if (newBox) newBox.hidden = true;
  }

  function showButton() {
    if (!newBox) return;
    newButton.textContent = mustReload && !pending.length
      ? "Muat pembaruan"
      : pending.length + " pembaruan baru";
    newBox.hidden = false;
  }

  function readerInsideList() {
    return list.getBoundingClientRect().top < 0;
  }

  function apply(data) {
    (data.ditarik || []).forEach(function (id) {
      var gone = document.getElementById("pembaruan-" + id);
      if (gone) gone.remove();
      pending = pending.filter(function (entry) { return entry.id !== id; });
    });
    (data.diubah || []).forEach(function (entry) {
      var old = document.getElementById("pembaruan-" + entry.id);
      if (old) old.replaceWith(fragment(entry.html));
    });
    var fresh = (data.entri || []).filter(function (entry) {
      return entry.id > latest && !document.getElementById("pembaruan-" + entry.id);
    });
    // Further behind than the answer reaches: only a reload shows everything.
    if (data.sejak === null && data.lebih && latest) mustReload = true;
    if (fresh.length) {
      latest = Math.max(latest, fresh[0].id);
      pending = fresh.concat(pending);
      if (!readerInsideList() && !mustReload) {
        insertPending();
      } else {
        showButton();
      }
      announce(fresh.length + " pembaruan baru");
    } else if (mustReload) {
      showButton();
    }
    if (data.berakhir) {
      stopped = true;
      var badge = document.querySelector(".live-badge");
      if (badge) badge.remove();
      var line = section.querySelector(".live__status");
      if (line && data.berakhir_teks) line.textContent = data.berakhir_teks;
      announce("Laporan langsung telah berakhir.");
    }
    return fresh.length > 0 || (data.diubah || []).length > 0 || (data.ditarik || []).length > 0;
  }

  function schedule(wait) {
    window.clearTimeout(timer);
    if (stopped) return;
    timer = window.setTimeout(poll, wait);
  }

  function poll() {
    if (stopped || inFlight) return;
    if (document.hidden) return; // resumed by visibilitychange
    inFlight = true;
    var address = latest ? url + "?sejak=" + latest : url;
    // "no-cache": always asked again (a 304 while unchanged), never a
    // stale copy the browser would keep for stale-while-revalidate.
    fetch(address, { headers: { "Accept": "application/json" }, credentials: "omit", cache: "no-cache" })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (data) {
        var changed = apply(data);
        delay = changed ? BASE : Math.min(Math.round(delay * 1.25), UNCHANGED_MAX);
      })
      .catch(function () {
        delay = Math.min(Math.max(delay * 2, ERROR_MIN), ERROR_MAX);
      })
      .then(function () {
        inFlight = false;
        schedule(delay);
      });
  }

  if (newButton) {
    newButton.addEventListener("click", function () {
      if (mustReload) {
        window.location.reload();
        return;
      }
      insertPending();
      list.scrollIntoView({ block: "start" });
      var first = list.querySelector("article a");
      if (first) first.focus({ preventScroll: true });
    });
  }
  window.addEventListener("scroll", function () {
    if (pending.length && !readerInsideList() && !mustReload) insertPending();
  }, { passive: true });
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) {
      delay = BASE;
      schedule(0);
    }
  });
  schedule(BASE);
})();
