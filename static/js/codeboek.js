// Tagging with htmx: after a tag is added or removed, the tag list and form of that quote are replaced
// and the message goes into its status element. Put the keyboard focus back on its code select, so a
// keyboard user can go on tagging. When the answer does not come (no connection, an error, the session
// ended), say so in that status element instead of showing nothing or swapping in the login page.
(function () {
  var laatste = null;

  function blokVan(evt) {
    return evt.target.closest ? evt.target.closest(".tags") : null;
  }

  function meld(blok, tekst) {
    var status = blok ? blok.querySelector(".tags__melding") : null;
    if (status) {
      status.textContent = tekst;
    }
  }

  document.addEventListener("htmx:beforeRequest", function (evt) {
    var blok = blokVan(evt);
    laatste = blok ? blok.id : null;
  });
  document.addEventListener("htmx:beforeSwap", function (evt) {
    var blok = blokVan(evt);
    var xhr = evt.detail.xhr;
    if (blok && xhr && xhr.responseURL && xhr.responseURL.indexOf("/accounts/login/") !== -1) {
      evt.detail.shouldSwap = false;
      meld(blok, "Niet gelukt: u bent niet meer ingelogd. Log opnieuw in en probeer het nog eens.");
    }
  });
  function mislukt(evt) {
    meld(blokVan(evt), "Niet gelukt: geen verbinding of een fout op de server. Probeer het nog eens.");
  }
  document.addEventListener("htmx:responseError", mislukt);
  document.addEventListener("htmx:sendError", mislukt);
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
