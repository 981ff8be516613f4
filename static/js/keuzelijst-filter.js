// Type to search in a long list of checkboxes (gemeenten). Without this file the full list works.
document.addEventListener("DOMContentLoaded", function () {
  var lijsten = document.querySelectorAll(".keuzelijst");
  Array.prototype.forEach.call(lijsten, function (lijst, index) {
    var keuzes = lijst.querySelectorAll("input[type=checkbox]");
    if (keuzes.length < 10) {
      return;
    }
    var id = "keuzelijst-zoek-" + index;
    var veld = document.createElement("div");
    veld.className = "utrecht-form-field keuzelijst__zoek";
    var label = document.createElement("label");
    label.className = "utrecht-form-label";
    label.setAttribute("for", id);
    label.textContent = "Zoek in de lijst";
    var invoer = document.createElement("input");
    invoer.type = "search";
    invoer.id = id;
    invoer.className = "utrecht-textbox utrecht-textbox--html-input";
    invoer.setAttribute("autocomplete", "off");
    var melding = document.createElement("p");
    melding.className = "keuzelijst__melding";
    melding.setAttribute("role", "status");
    veld.appendChild(label);
    veld.appendChild(invoer);
    veld.appendChild(melding);
    lijst.parentNode.insertBefore(veld, lijst);

    invoer.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); // searching must not send the form
      }
    });
    invoer.addEventListener("input", function () {
      var zoek = invoer.value.trim().toLowerCase();
      var zichtbaar = 0;
      Array.prototype.forEach.call(keuzes, function (keuze) {
        var rij = keuze.closest("div") || keuze.parentNode;
        var past = !zoek || rij.textContent.toLowerCase().indexOf(zoek) !== -1 || keuze.checked;
        rij.hidden = !past;
        if (past) {
          zichtbaar += 1;
        }
      });
      melding.textContent = zoek ? zichtbaar + " van " + keuzes.length + " getoond (aangevinkte blijven zichtbaar)" : "";
    });
  });
});
