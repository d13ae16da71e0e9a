/* The moderation queue (admin): decisions without a page reload, and the
   keyboard shortcuts listed on the page (data-shortcut, data-keys).
   Without this script every decision is a plain form POST that comes back
   to the same filters and page, anchored on the next comment. */
(function () {
  "use strict";
  var queue = document.querySelector("[data-queue]");
  if (!queue) { return; }
  var statusLine = queue.querySelector("[data-queue-status]");
  var empty = queue.querySelector("[data-queue-empty]");
  var bindings = {};
  var current = null;
  var sending = 0;
  var undoing = false;
  var NEXT_PAGE_DELAY = 3000;
  var queued = Promise.resolve();

  Array.prototype.forEach.call(queue.querySelectorAll("[data-shortcut]"), function (entry) {
    entry.getAttribute("data-keys").split(" ").forEach(function (key) {
      bindings[key] = entry.getAttribute("data-shortcut");
    });
  });

  function items() {
    return Array.prototype.slice.call(queue.querySelectorAll("[data-queue-item]"));
  }

  // Neither decided nor being decided.
  function waiting(item) {
    return !item.classList.contains("queue-item--done") && item.getAttribute("aria-busy") !== "true";
  }

  function select(item, focus) {
    if (current) { current.classList.remove("queue-item--current"); }
    current = item;
    if (!item) { return; }
    item.classList.add("queue-item--current");
    if (focus) { item.focus(); }
  }

  // The nearest comment still waiting after (1) or before (-1) ``item``.
  function neighbour(item, direction) {
    var all = items();
    for (var i = all.indexOf(item) + direction; i >= 0 && i < all.length; i += direction) {
      if (waiting(all[i])) { return all[i]; }
    }
    return null;
  }

  function moveOn(item) {
    select(neighbour(item, 1) || neighbour(item, -1), true);
  }

  function announce(text) {
    if (statusLine) { statusLine.textContent = text; }
  }

  function showCounts(answer) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-pending-count]"), function (el) {
      el.textContent = String(answer.pending);
    });
    Object.keys(answer.nav || {}).forEach(function (href) {
      var links = document.querySelectorAll('#nav-sidebar a[href="' + CSS.escape(href) + '"]');
      Array.prototype.forEach.call(links, function (link) { link.textContent = answer.nav[href]; });
    });
  }

  // Once nothing on this page waits: the same place in the queue now holds
  // the next comments, if any are left.
  function pageDone(answer) {
    if (sending > 0 || items().some(waiting)) { return; }
    if (answer.pending > 0) {
      // A moment first, for the last decision's "Urungkan".
      window.setTimeout(function () {
        if (!undoing) { window.location.replace(queue.getAttribute("data-queue-url")); }
      }, NEXT_PAGE_DELAY);
    } else if (empty) {
      empty.hidden = false;
    }
  }

  // The history on a card counts its author's earlier comments by status:
  // a decision on one of them moves one from its old status to the new one
  // on every later card by the same author.
  function moveInHistories(item, answer) {
    var author = item.getAttribute("data-commenter");
    var was = item.getAttribute("data-status");
    var order = item.getAttribute("data-order");
    if (!author || !answer.status || was === answer.status) { return; }
    item.setAttribute("data-status", answer.status);
    items().forEach(function (other) {
      if (other === item || other.getAttribute("data-commenter") !== author ||
          !(other.getAttribute("data-order") > order)) { return; }
      addToHistory(other, was, -1);
      addToHistory(other, answer.status, 1);
    });
  }

  function addToHistory(item, status, change) {
    var entry = item.querySelector('[data-history="' + CSS.escape(status) + '"]');
    var number = entry && entry.querySelector("strong");
    if (!number) { return; }
    var count = Math.max(0, (parseInt(number.textContent, 10) || 0) + change);
    number.textContent = String(count);
    entry.classList.toggle("queue-item__count--some", count > 0);
  }

  function decided(item, answer) {
    moveInHistories(item, answer);
    item.removeAttribute("aria-busy");
    item.classList.add("queue-item--done");
    var note = item.querySelector("[data-done]");
    if (note) {
      note.textContent = answer.status_label;
      note.hidden = false;
    }
    var form = item.querySelector("[data-decide]");
    if (form) {
      if (answer.changed) { offerUndo(note, form); }
      form.parentNode.removeChild(form);
    }
    showCounts(answer);
    announce(answer.message + " " + answer.pending_note + ".");
    pageDone(answer);
  }

  // For a few minutes a decision can be taken back: the comment waits again,
  // shown again by the queue.
  function offerUndo(note, form) {
    var url = form.getAttribute("data-undo");
    var token = form.querySelector("[name=csrfmiddlewaretoken]");
    if (!note || !url || !token) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "queue-button queue-button--undo";
    button.textContent = form.getAttribute("data-undo-label");
    button.addEventListener("click", function () {
      var data = new FormData();
      data.append("csrfmiddlewaretoken", token.value);
      button.disabled = true;
      undoing = true;
      // After the decisions still on their way: the page is shown again once
      // they are all sent.
      queued.then(function () {
        return fetch(url, {
          method: "POST",
          body: data,
          credentials: "same-origin",
          headers: {"Accept": "application/json"}
        });
      }).then(function (response) { return response.json(); }).then(function (answer) {
        announce(answer.message);
        if (!answer.changed) { undoing = false; return; }
        var target = new URL(answer.location, window.location.href);
        if (target.pathname + target.search === window.location.pathname + window.location.search) {
          window.location.hash = target.hash;
          window.location.reload();
        } else {
          window.location.assign(target.href);
        }
      }).catch(function () {
        undoing = false;
        button.disabled = false;
        announce(form.getAttribute("data-undo-failed"));
      });
    });
    note.appendChild(document.createTextNode(" "));
    note.appendChild(button);
  }

  function failed(item, message) {
    item.removeAttribute("aria-busy");
    announce(message || "");
    select(item, true);
  }

  // Sent the plain way: the server answers with a page, as without this script.
  function sendPlainly(form, button) {
    form.setAttribute("data-plain", "");
    form.requestSubmit(button);
  }

  function send(form, data) {
    return fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: {"Accept": "application/json"}
    }).then(function (response) {
      return response.json().then(function (answer) {
        // 409: decided before (the answer says how), or edited since it was shown.
        return {ok: response.ok || (response.status === 409 && !answer.edited), answer: answer};
      });
    });
  }

  // Moves on at once to the next comment and sends the decision after those
  // already on their way, one at a time: answers come back in order, so the
  // last one holds the latest count.
  function decide(form, button) {
    var item = form.closest("[data-queue-item]");
    if (!item || !waiting(item)) { return; }
    var data = new FormData(form);
    data.append(button.name, button.value);
    item.setAttribute("aria-busy", "true");
    sending += 1;
    if (item === current) { moveOn(item); }
    queued = queued.then(function () {
      return send(form, data).then(function (result) {
        sending -= 1;
        if (result.ok) {
          decided(item, result.answer);
        } else {
          failed(item, result.answer.error);
        }
      }, function () {
        sending -= 1;
        item.removeAttribute("aria-busy");
        sendPlainly(form, button);
      });
    }).catch(function (error) {
      // Reported, and the decisions after this one still go.
      window.console.error(error);
    });
  }

  queue.addEventListener("submit", function (event) {
    var form = event.target;
    var button = event.submitter;
    if (!form.hasAttribute("data-decide") || form.hasAttribute("data-plain") || !button) { return; }
    event.preventDefault();
    select(form.closest("[data-queue-item]"), false);
    decide(form, button);
  });

  queue.addEventListener("focusin", function (event) {
    var item = event.target.closest("[data-queue-item]");
    if (item && item !== current && waiting(item)) { select(item, false); }
  });

  function typing(target) {
    return target.closest && target.closest("input, textarea, select, [contenteditable]");
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey ||
        event.isComposing || typing(event.target)) { return; }
    var action = bindings[event.key];
    if (!action) { return; }
    event.preventDefault();
    if (!current || !waiting(current)) {
      var first = items().filter(waiting)[0];
      if (!first) { return; }
      select(first, true);
      if (action === "next" || action === "previous") { return; }
    }
    if (action === "next" || action === "previous") {
      var next = neighbour(current, action === "next" ? 1 : -1);
      if (next) { select(next, true); }
    } else if (action === "open") {
      var whole = current.querySelector("[data-whole]");
      if (whole) { whole.open = !whole.open; }
    } else {
      var form = current.querySelector("[data-decide]");
      var button = form && form.querySelector('button[value="' + CSS.escape(action) + '"]');
      if (button) { decide(form, button); }
    }
  });

  var start = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
  if (start && start.hasAttribute("data-queue-item")) {
    select(start, true);
  } else {
    select(items().filter(waiting)[0] || null, false);
  }
})();
