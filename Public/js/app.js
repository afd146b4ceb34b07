// Rinnalla: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Move focus to a form's error summary so screen readers announce it at once.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }

    // The login page (after a logout, or a session that ended): the offline copies of
    // pages kept by the service worker show the last worker's name and units, so they go.
    if (document.getElementById("login-form") && "caches" in window) {
      window.caches.keys().then(function (names) {
        names.filter(function (name) { return name.indexOf("rinnalla-offline") === 0; })
          .forEach(function (name) { window.caches.delete(name); });
      }).catch(function () {});
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
