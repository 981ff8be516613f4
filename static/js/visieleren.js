// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // Move focus to the error summary so screen reader users hear what went wrong.
  var samenvatting = document.getElementById("foutsamenvatting");
  if (samenvatting) {
    samenvatting.focus();
  }
});

// On a small screen the main menu folds behind the "Menu" button. Without this script the button
// stays hidden and the menu is simply shown (progressive enhancement, CSP: no inline script).
document.addEventListener("DOMContentLoaded", function () {
  var knop = document.querySelector(".kop__menuknop");
  var menu = document.getElementById("hoofdmenu");
  if (!knop || !menu) {
    return;
  }
  var smal = window.matchMedia("(max-width: 40em)");
  function zet(open) {
    knop.setAttribute("aria-expanded", open ? "true" : "false");
    menu.classList.toggle("hoofdmenu--dicht", !open);
  }
  knop.hidden = false;
  zet(!smal.matches);
  knop.addEventListener("click", function () {
    zet(knop.getAttribute("aria-expanded") !== "true");
  });
  smal.addEventListener("change", function (e) {
    zet(!e.matches);
  });
});
