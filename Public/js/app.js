// Rinnalla: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Move focus to a form's error summary so screen readers announce it at once.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }

    // Print buttons on printable documents.
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.print();
      });
    });

    // Buttons marked with data-confirm ask before a lasting change.
    document.querySelectorAll("[data-confirm]").forEach(function (button) {
      button.addEventListener("click", function (event) {
        if (!window.confirm(button.getAttribute("data-confirm"))) {
          event.preventDefault();
        }
      });
    });
  });
})();
