/* Comments: "Balas" moves the form under the comment being answered.
   Without this script the link reloads the page with ?balas=<id> and the
   server prepares the same reply form. */
(function () {
  "use strict";
  var form = document.getElementById("form-komentar");
  if (!form) { return; }
  var home = document.createComment("form-komentar");
  form.parentNode.insertBefore(home, form);
  var parentInput = form.querySelector("input[name=parent]");
  var replying = form.querySelector("[data-replying]");
  var replyingText = form.querySelector("[data-replying-text]");
  var cancel = form.querySelector("[data-cancel-reply]");
  var body = form.querySelector("textarea[name=body]");
  var template = replying ? replying.getAttribute("data-template") : null;

  function replyTo(link) {
    var card = link.closest(".comment__card");
    if (!card || !parentInput) { return; }
    parentInput.value = link.getAttribute("data-parent");
    if (replyingText) {
      replyingText.textContent = (template || "Membalas %s").replace("%s", link.getAttribute("data-author") || "");
    }
    if (replying) { replying.hidden = false; }
    card.insertAdjacentElement("afterend", form);
    if (body) { body.focus(); }
  }

  function cancelReply() {
    if (parentInput) { parentInput.value = ""; }
    if (replying) { replying.hidden = true; }
    home.parentNode.insertBefore(form, home.nextSibling);
    if (body) { body.focus(); }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".comment-reply-link") : null;
    if (link) {
      event.preventDefault();
      replyTo(link);
      return;
    }
    if (cancel && event.target.closest && event.target.closest("[data-cancel-reply]")) {
      event.preventDefault();
      cancelReply();
    }
  });
})();
