/* Reaction poll: send the vote with fetch and update the results in place.
   Without this script the form posts and the page comes back at #tanggapan. */
(function () {
  "use strict";

  function updateResults(poll, data) {
    var total = poll.querySelector("[data-poll-total]");
    if (total) total.textContent = String(data.total);
    var chosenLabel = "";
    data.options.forEach(function (option) {
      var row = poll.querySelector('.poll__result[data-slug="' + CSS.escape(option.slug) + '"]');
      if (!row) return;
      var chosen = option.slug === data.choice;
      if (chosen) chosenLabel = option.label;
      row.classList.toggle("is-chosen", chosen);
      row.querySelector("[data-poll-percent]").textContent = String(option.percent);
      row.querySelector("[data-poll-count]").textContent = String(option.count);
      row.querySelector("progress").value = option.percent;
      row.querySelector("[data-poll-mine]").hidden = !chosen;
    });
    return chosenLabel;
  }

  function announce(poll, text) {
    var status = poll.querySelector("[data-poll-status]");
    // Emptying first makes screen readers announce a repeated message again.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function markChoice(poll, form, button) {
    // The page is the same for every reader: this reader's own choice, and
    // the latest counts, come from the poll's uncached endpoint.
    fetch(form.action, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) return;
        updateResults(poll, data);
        var input = data.choice && form.querySelector(
          'input[name="reaction"][value="' + CSS.escape(data.choice) + '"]');
        if (input) {
          input.checked = true;
          button.textContent = poll.dataset.labelChange;
        }
        var url = new URL(window.location.href);
        if (!url.searchParams.has("pilihan")) return;
        if (!input) {
          // A shared address's "?pilihan=" is someone else's choice, not this
          // reader's: the option it checked is unchecked (not one just tapped).
          var named = form.querySelector(
            'input[name="reaction"][value="' + CSS.escape(url.searchParams.get("pilihan")) + '"]');
          if (named) named.checked = false;
          button.textContent = poll.dataset.labelSend;
        }
        // The address no longer names a choice, so a copied link carries none.
        url.searchParams.delete("pilihan");
        window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
      })
      .catch(function () {});
  }

  function enhance(poll) {
    var form = poll.querySelector("form");
    if (!form || !window.fetch) return;
    var button = form.querySelector("[data-poll-submit]");
    markChoice(poll, form, button);

    // While a vote is on its way a second is not sent. The button is marked,
    // not disabled: a disabled button drops the keyboard's focus to the page.
    var sending = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (sending) return;
      sending = true;
      var body = new FormData(form);
      button.setAttribute("aria-disabled", "true");
      poll.setAttribute("aria-busy", "true");
      fetch(form.action, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "Accept": "application/json" }
      })
        .then(function (response) {
          return response.json().then(function (data) {
            return { ok: response.ok, data: data };
          });
        })
        .then(function (answer) {
          if (!answer.ok) {
            announce(poll, answer.data.error || poll.dataset.msgError);
            return;
          }
          var label = updateResults(poll, answer.data);
          button.textContent = poll.dataset.labelChange;
          announce(
            poll,
            poll.dataset.msgThanks
              .replace("{label}", label || answer.data.choice || "")
              .replace("{total}", String(answer.data.total))
          );
        })
        .catch(function () {
          announce(poll, poll.dataset.msgError);
        })
        .finally(function () {
          sending = false;
          button.removeAttribute("aria-disabled");
          poll.removeAttribute("aria-busy");
        });
    });
  }

  document.querySelectorAll("[data-poll]").forEach(enhance);
})();
