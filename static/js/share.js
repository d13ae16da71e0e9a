/* "Salin tautan": copies the article's address at one tap. Without this
   script the link opens to show the address, ready to copy by hand. */
(function () {
  "use strict";
  var box = document.querySelector("[data-share-copy]");
  if (!box || !navigator.clipboard) { return; }
  var summary = box.querySelector("summary");
  var field = box.querySelector("[data-share-url]");
  var status = document.querySelector("[data-share-status]");
  summary.addEventListener("click", function (event) {
    event.preventDefault();
    navigator.clipboard.writeText(field.value).then(function () {
      if (status) { status.textContent = box.getAttribute("data-msg-copied"); }
    }, function () {
      box.open = true;
      field.select();
    });
  });
})();
