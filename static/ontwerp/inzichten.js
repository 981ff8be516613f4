// Drag a quote of the synthesis onto one of your inzichten. The keyboard (and no-JS) way is the
// "Toevoegen" button under each quote; this only adds a faster mouse path to the same POST.
(function () {
  "use strict";
  function csrf() {
    var kop = document.body.getAttribute("hx-headers");
    try { return JSON.parse(kop)["X-CSRFToken"]; } catch (e) { return ""; }
  }
  function melding(tekst) {
    var el = document.getElementById("doel-melding");
    if (el) { el.textContent = tekst; }
  }
  document.addEventListener("dragstart", function (event) {
    var kaart = event.target.closest && event.target.closest("[data-citaat]");
    if (kaart) { event.dataTransfer.setData("text/plain", kaart.getAttribute("data-citaat")); }
  });
  document.addEventListener("dragover", function (event) {
    var doel = event.target.closest && event.target.closest("[data-inzicht-url]");
    if (doel) { event.preventDefault(); doel.classList.add("inzicht-doel--actief"); }
  });
  document.addEventListener("dragleave", function (event) {
    var doel = event.target.closest && event.target.closest("[data-inzicht-url]");
    if (doel) { doel.classList.remove("inzicht-doel--actief"); }
  });
  document.addEventListener("drop", function (event) {
    var doel = event.target.closest && event.target.closest("[data-inzicht-url]");
    if (!doel) { return; }
    event.preventDefault();
    doel.classList.remove("inzicht-doel--actief");
    var citaat = event.dataTransfer.getData("text/plain");
    if (!/^\d+$/.test(citaat)) { return; }
    var data = new FormData();
    data.append("citaat", citaat);
    fetch(doel.getAttribute("data-inzicht-url"), {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-CSRFToken": csrf(), "HX-Request": "true" }
    }).then(function (antwoord) { return antwoord.text().then(function (html) {
      var tijdelijk = document.createElement("div");
      tijdelijk.innerHTML = html;
      melding(antwoord.ok ? tijdelijk.textContent.trim() : "Toevoegen is niet gelukt.");
    }); }).catch(function () { melding("Toevoegen is niet gelukt."); });
  });
  // After a cell opens, move the focus to its quotes, so keyboard users land where they asked to go.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "cel") {
      var kop = document.getElementById("kop-cel");
      if (kop) { kop.setAttribute("tabindex", "-1"); kop.focus(); }
    }
  });
})();
