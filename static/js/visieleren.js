// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // Move focus to the error summary so screen reader users hear what went wrong.
  var samenvatting = document.getElementById("foutsamenvatting");
  if (samenvatting) {
    samenvatting.focus();
  }
});
