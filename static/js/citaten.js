// Quote capture and autosave feedback for the interview pages. The pages work without this file:
// a quote can always be made by typing or pasting its exact text in the form.
(function () {
  "use strict";

  // Offsets are counted in UTF-16 code units, like JavaScript strings; the server converts them
  // to code points (an emoji outside the BMP counts as two here and as one there).
  function offsetIn(element, node, offset) {
    var range = document.createRange();
    range.setStart(element, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function selectieIn(element) {
    var selectie = window.getSelection();
    if (!selectie || selectie.rangeCount === 0 || selectie.isCollapsed) {
      return null;
    }
    var range = selectie.getRangeAt(0);
    if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) {
      return null;
    }
    var begin = offsetIn(element, range.startContainer, range.startOffset);
    var eind = offsetIn(element, range.endContainer, range.endOffset);
    if (eind <= begin) {
      return null;
    }
    return { begin: begin, eind: eind, tekst: element.textContent.slice(begin, eind) };
  }

  function citaatMaken() {
    var notities = document.getElementById("aantekeningen");
    var knop = document.getElementById("citaat-van-selectie");
    var form = document.getElementById("citaat-form");
    if (!notities || !knop || !form) {
      return;
    }
    // The notes and the form stay on the page when a quote is saved with htmx; what is inside them is
    // swapped. So the fields are looked up when they are needed, never kept.
    function veld(naam) {
      return form.querySelector("[name=" + naam + "]");
    }
    var melding = document.getElementById("selectie-melding");
    var laatste = null;
    knop.hidden = false;

    // A click on the button may clear the selection in some browsers: remember the last one.
    document.addEventListener("selectionchange", function () {
      var huidige = selectieIn(notities);
      if (huidige) {
        laatste = huidige;
      }
    });

    knop.addEventListener("click", function () {
      var keuze = selectieIn(notities) || laatste;
      if (!keuze) {
        melding.textContent = "Selecteer eerst tekst in de aantekeningen.";
        return;
      }
      veld("tekst").value = keuze.tekst;
      veld("begin").value = String(keuze.begin);
      veld("eind").value = String(keuze.eind);
      melding.textContent = "Selectie overgenomen. Kies de spreker en sla het citaat op.";
      (veld("spreker") || veld("tekst")).focus();
    });

    // Typing in the text field means the typed text counts, not an earlier selection.
    form.addEventListener("input", function (event) {
      if (event.target.name === "tekst") {
        veld("begin").value = "";
        veld("eind").value = "";
        laatste = null;
      }
    });

    // htmx fires some events on the form and some on the element it swaps: ask who sent the request.
    function vanFormulier(event) {
      var config = event.detail && event.detail.requestConfig;
      return (config && config.elt ? config.elt : event.target) === form;
    }
    // Saving with htmx: clear the message first, so the next one is a change a screen reader reads out.
    document.addEventListener("htmx:beforeRequest", function (event) {
      if (vanFormulier(event)) {
        melding.textContent = "";
      }
    });
    // No answer, or the login page (the session ended): nothing is swapped, the typed text stays.
    document.addEventListener("htmx:beforeSwap", function (event) {
      var xhr = event.detail.xhr;
      if (vanFormulier(event) && xhr && xhr.responseURL && xhr.responseURL.indexOf("/accounts/login/") !== -1) {
        event.detail.shouldSwap = false;
        melding.textContent = "Niet opgeslagen: u bent niet meer ingelogd. Kopieer uw tekst en log opnieuw in.";
      }
    });
    function mislukt(event) {
      if (vanFormulier(event)) {
        melding.textContent = "Niet opgeslagen: geen verbinding of een fout op de server. Uw tekst staat nog in het formulier.";
      }
    }
    document.addEventListener("htmx:responseError", mislukt);
    document.addEventListener("htmx:sendError", mislukt);
    var getoondeFouten = form.querySelector("#foutsamenvatting"); // a page load focuses it (visieleren.js)
    // After the answer: the new quote's tag control gets the focus (its row is marked by the server),
    // or, when the form came back with errors, their summary.
    document.addEventListener("htmx:afterSettle", function () {
      var rij = document.querySelector("[data-nieuw-citaat]");
      if (rij) {
        rij.removeAttribute("data-nieuw-citaat");
        laatste = null;
        var doel = rij.querySelector("[data-focus-na-wissel]") || veld("tekst");
        doel.focus();
        return;
      }
      var fouten = form.querySelector("#foutsamenvatting");
      if (fouten && fouten !== getoondeFouten) {
        getoondeFouten = fouten;
        fouten.focus();
      }
    });
  }

  // Keyboard selection inside the (read-only) notes: a caret that arrow keys move and Shift+arrow
  // keys extend, as in a text field. Chrome's Selection.modify does the moving.
  var STAPPEN = {
    ArrowLeft: ["backward", "character", "word"],
    ArrowRight: ["forward", "character", "word"],
    ArrowUp: ["backward", "line", "paragraph"],
    ArrowDown: ["forward", "line", "paragraph"],
    Home: ["backward", "lineboundary", "documentboundary"],
    End: ["forward", "lineboundary", "documentboundary"]
  };

  function toetsenbordSelectie() {
    var notities = document.getElementById("aantekeningen");
    var uitleg = document.getElementById("uitleg-toetsenbord");
    var selectie = window.getSelection();
    if (!notities || !selectie || typeof selectie.modify !== "function") {
      return;
    }
    if (uitleg) {
      uitleg.hidden = false;
    }
    notities.addEventListener("focus", function () {
      if (selectie.rangeCount === 0 || !notities.contains(selectie.anchorNode)) {
        selectie.collapse(notities, 0);
      }
    });
    notities.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        selectie.collapseToStart();
        return;
      }
      var stap = STAPPEN[event.key];
      if (!stap || event.altKey || event.metaKey) {
        return;
      }
      event.preventDefault();
      var vorige = [selectie.anchorNode, selectie.anchorOffset, selectie.focusNode, selectie.focusOffset];
      var wijze = event.shiftKey ? "extend" : "move";
      if (event.ctrlKey && stap[2] === "documentboundary") {
        // Start or end of the notes, not of the whole page.
        var eind = stap[0] === "forward" ? notities.childNodes.length : 0;
        if (wijze === "extend") {
          selectie.extend(notities, eind);
        } else {
          selectie.collapse(notities, eind);
        }
        return;
      }
      selectie.modify(wijze, stap[0], event.ctrlKey ? stap[2] : stap[1]);
      if (!notities.contains(selectie.focusNode)) {
        selectie.setBaseAndExtent(vorige[0], vorige[1], vorige[2], vorige[3]);
      }
    });
  }

  function autosaveMeldingen() {
    var status = document.getElementById("concept-status");
    var form = document.getElementById("notities-form");
    if (!status || !form) {
      return;
    }
    function mislukt() {
      var el = document.getElementById("concept-status");
      el.textContent = "Concept niet bewaard: geen verbinding of niet meer ingelogd. Uw tekst staat nog in dit venster.";
    }
    form.addEventListener("htmx:responseError", mislukt);
    form.addEventListener("htmx:sendError", mislukt);
  }

  document.addEventListener("DOMContentLoaded", function () {
    citaatMaken();
    toetsenbordSelectie();
    autosaveMeldingen();
  });
})();
