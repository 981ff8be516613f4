// Passkeys: Dutch texts for django-otp-webauthn's scripts (they call a global gettext), a message in
// the live region when the browser has no passkeys, and naming a passkey right after adding it.
// Loaded with defer before the library's module scripts, so gettext exists before they run.
(function () {
  var teksten = {
    // Adding (registration)
    "Register a Passkey": "Passkey toevoegen",
    "Registering...": "Bezig met toevoegen…",
    "Registration failed. Unable to fetch registration options from server.":
      "Toevoegen lukte niet: Visieleren gaf geen antwoord. Probeer het opnieuw.",
    "Registration aborted.": "Toevoegen afgebroken. Er is geen passkey toegevoegd.",
    "Registration failed. You most likely already have a Passkey registered for this site.":
      "Dit apparaat of deze wachtwoordbeheerder heeft al een passkey voor Visieleren. Kies een ander apparaat.",
    "Registration aborted or not allowed.":
      "Toevoegen afgebroken of niet toegestaan. Er is geen passkey toegevoegd; probeer het opnieuw.",
    "Registration failed. A technical problem occurred that prevents you from registering a Passkey for this site.":
      "Toevoegen lukte niet door een technisch probleem met het adres van Visieleren. Meld het aan het visieleerteam.",
    "Registration failed. An unknown error occurred.": "Toevoegen lukte niet door een onbekende fout. Probeer het opnieuw.",
    "Finishing registration...": "Passkey opslaan…",
    "Registration failed. The server was unable to verify this passkey.":
      "Toevoegen lukte niet: Visieleren kon deze passkey niet controleren. Probeer het opnieuw.",
    "Registration failed. A server error occurred.": "Toevoegen lukte niet door een fout op de server. Probeer het later opnieuw.",
    "Registration successful!": "Passkey toegevoegd. De naam wordt opgeslagen…",
    "An error occurred during registration.": "Er ging iets mis bij het toevoegen. Probeer het opnieuw.",
    // Logging in (verification)
    "Verify with Passkey": "Inloggen met passkey",
    "Verifying...": "Bezig met controleren…",
    "Verification failed. Could not retrieve parameters from the server.":
      "Inloggen met passkey lukte niet: Visieleren gaf geen antwoord. Probeer het opnieuw.",
    "Verification aborted.": "Inloggen met passkey afgebroken. Probeer het opnieuw of vul een code in.",
    "Verification canceled or not allowed.":
      "Inloggen met passkey afgebroken of niet toegestaan. Probeer het opnieuw of vul een code uit uw app in.",
    "Verification failed. An unknown error occurred.":
      "Inloggen met passkey lukte niet door een onbekende fout. Vul een code uit uw app in.",
    "Finishing verification...": "Bezig met inloggen…",
    "Verification failed. An unknown server error occurred.":
      "Inloggen met passkey lukte niet door een fout op de server. Vul een code uit uw app in.",
    "Verification failed. A server error occurred.":
      "Inloggen met passkey lukte niet door een fout op de server. Vul een code uit uw app in.",
    "Verification successful!": "Gelukt. U gaat verder naar Visieleren…",
    "An error occurred during verification.": "Er ging iets mis met de passkey. Vul een code uit uw app in.",
  };
  window.gettext = function (tekst) {
    return Object.prototype.hasOwnProperty.call(teksten, tekst) ? teksten[tekst] : tekst;
  };

  document.addEventListener("DOMContentLoaded", function () {
    // No passkeys in this browser (or not over https): say so in the live region.
    var meldingen = document.querySelectorAll("[data-geen-passkeys]");
    if (typeof window.PublicKeyCredential !== "function") {
      meldingen.forEach(function (melding) {
        melding.textContent = window.isSecureContext
          ? melding.getAttribute("data-geen-passkeys")
          : "Passkeys werken alleen via een beveiligde verbinding (https). Vul een code uit uw app in.";
      });
    }

    // Adding: Enter in the name field starts the ceremony instead of posting the page; once the
    // passkey exists, the same form saves its name (and shows the list with the new passkey).
    var formulier = document.getElementById("passkey-toevoegen");
    if (!formulier) {
      return;
    }
    formulier.addEventListener("submit", function (e) {
      e.preventDefault();
      var knop = document.getElementById("passkey-register-button");
      if (knop && !knop.disabled) {
        knop.click();
      }
    });
    formulier.addEventListener("otp_webauthn.register_complete", function (e) {
      formulier.action = formulier.getAttribute("data-naam-actie").replace(/\/0\/naam\/$/, "/" + e.detail.id + "/naam/");
      formulier.submit();
    });
  });
})();
