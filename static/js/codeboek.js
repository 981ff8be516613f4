// Tagging with htmx: after a tag is added or removed, the tag block of that quote is replaced.
// Put the keyboard focus back on its code select, so a keyboard user can go on tagging.
(function () {
  var laatste = null;
  document.addEventListener("htmx:beforeRequest", function (evt) {
    var blok = evt.target.closest ? evt.target.closest(".tags") : null;
    laatste = blok ? blok.id : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!laatste) {
      return;
    }
    var blok = document.getElementById(laatste);
    laatste = null;
    var veld = blok ? blok.querySelector("[data-focus-na-wissel]") : null;
    if (veld) {
      veld.focus();
    }
  });
})();
