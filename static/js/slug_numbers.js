/* An address made from a title keeps a decimal's digits apart: "Gempa M 5,6"
   becomes "gempa-m-5-6", not "gempa-m-56" (the admin's URLify drops the comma). */
(function () {
  "use strict";
  var urlify = window.URLify;
  if (typeof urlify !== "function") { return; }
  window.URLify = function (text, length, unicode) {
    return urlify(String(text).replace(/(\d)[.,](?=\d)/g, "$1 "), length, unicode);
  };
}());
