// Rinnalla: the contact form without a network. A contact saved while offline goes into
// a queue in this browser (localStorage) with the id the page made for it, and is sent
// when the connection returns; the server stores one contact per id, so a retry never
// duplicates. Each entry is removed as soon as the server confirms it: nothing about a
// contact (the nickname included) stays here longer than until it is sent. An entry
// belongs to the worker who saved it (the page's rinnalla-user): on a shared phone it is
// shown and sent only when that worker is logged in, never under somebody else.
(function () {
  "use strict";

  var KEY = "rinnalla.contactQueue";
  var FIELDS = ["clientMadeID", "unitID", "day", "channel", "areaID", "ageGroup", "gender", "language",
    "durationMinutes", "followUpDay", "nickname"];
  var sending = false;

  function load() {
    try {
      var value = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(value) ? value : [];
    } catch (e) {
      return [];
    }
  }

  // The logged-in worker of this page ("" on a page kept from before the login).
  function owner() {
    var meta = document.querySelector("meta[name=rinnalla-user]");
    return meta ? meta.getAttribute("content") : "";
  }

  // The waiting contacts of the worker logged in now.
  function mine() {
    var me = owner();
    return me ? load().filter(function (entry) { return entry.owner === me; }) : [];
  }

  function store(queue) {
    if (queue.length === 0) {
      window.localStorage.removeItem(KEY);
    } else {
      window.localStorage.setItem(KEY, JSON.stringify(queue));
    }
  }

  function newID() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function form() { return document.getElementById("contact-form"); }

  function text(name, fallback) {
    var f = form();
    return (f && f.getAttribute("data-text-" + name)) || fallback;
  }

  function csrfToken() {
    var input = document.querySelector("input[name=_csrf]");
    return input ? input.value : "";
  }

  // The fields of the form as one queue entry; only what the contact itself holds.
  function entryFrom(f) {
    var data = new FormData(f);
    var entry = { topics: data.getAll("topics[]"), supports: data.getAll("supports[]"),
      followUpAgreed: data.get("followUpAgreed") === "on" };
    FIELDS.forEach(function (name) { entry[name] = data.get(name) || ""; });
    entry.owner = owner();
    // What the list of waiting contacts shows: the day, the channel and the topics.
    var labels = [];
    f.querySelectorAll("#field-channel input:checked, #field-topics input:checked").forEach(function (input) {
      var label = input.closest("label");
      if (label) { labels.push(label.textContent.trim()); }
    });
    entry.summary = (entry.day ? entry.day.split("-").reverse().map(Number).join(".") + " · " : "") + labels.join(", ");
    return entry;
  }

  function body(entry, token) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) { params.append(name, entry[name] || ""); });
    entry.topics.forEach(function (value) { params.append("topics[]", value); });
    entry.supports.forEach(function (value) { params.append("supports[]", value); });
    if (entry.followUpAgreed) { params.append("followUpAgreed", "on"); }
    params.append("_csrf", token);
    return params;
  }

  function post(entry, token) {
    return fetch("/contacts", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRF-Token": token },
      body: body(entry, token)
    });
  }

  function isJSON(response) {
    return (response.headers.get("Content-Type") || "").indexOf("application/json") >= 0;
  }

  // A page kept from an earlier session may carry an old token: ask for a fresh one.
  function freshToken() {
    return fetch("/contacts/new", { credentials: "same-origin" }).then(function (response) {
      if (!response.ok || response.redirected) { return null; }
      return response.text().then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var input = page.querySelector("input[name=_csrf]");
        return input ? input.value : null;
      });
    });
  }

  function render(message) {
    var box = document.getElementById("offline-queue");
    if (!box) { return; }
    var queue = mine();
    var count = document.getElementById("offline-count");
    var list = document.getElementById("offline-list");
    if (message !== undefined) {
      document.getElementById("offline-message").textContent = message;
    }
    if (queue.length === 0 && !message) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    count.textContent = text("waiting", "{count}").replace("{count}", String(queue.length));
    list.textContent = "";
    queue.forEach(function (entry) {
      var item = document.createElement("li");
      item.textContent = entry.summary || entry.day;
      if (entry.error) {
        var problem = document.createElement("span");
        problem.className = "error-message";
        problem.textContent = " " + text("refused", "") + " " + entry.error + " ";
        item.appendChild(problem);
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "link-button";
        remove.textContent = text("remove", "x");
        remove.addEventListener("click", function () {
          store(load().filter(function (other) { return other.clientMadeID !== entry.clientMadeID; }));
          render();
        });
        item.appendChild(remove);
      }
      list.appendChild(item);
    });
    document.getElementById("offline-send").hidden = queue.length === 0;
  }

  function forget(id) {
    store(load().filter(function (entry) { return entry.clientMadeID !== id; }));
  }

  function markRefused(id, message) {
    store(load().map(function (entry) {
      if (entry.clientMadeID === id) { entry.error = message; }
      return entry;
    }));
  }

  // Sends the waiting contacts one at a time; stops at the first network failure.
  function flush() {
    if (sending) { return Promise.resolve(); }
    var waiting = mine().filter(function (entry) { return !entry.error; });
    if (waiting.length === 0) { return Promise.resolve(); }
    sending = true;
    var token = csrfToken();
    var sentAny = false;
    function next(index, retried) {
      if (index >= waiting.length) { return Promise.resolve(); }
      var entry = waiting[index];
      return post(entry, token).then(function (response) {
        if (response.status === 403 && !retried) {
          return freshToken().then(function (fresh) {
            if (!fresh) { return; }
            token = fresh;
            return next(index, true);
          });
        }
        if (!isJSON(response)) { return; } // logged out: keep everything for later
        if (response.ok) {
          forget(entry.clientMadeID);
          sentAny = true;
          return next(index + 1, false);
        }
        return response.json().then(function (answer) {
          if (response.status === 422) {
            markRefused(entry.clientMadeID, (answer.error && answer.error.message) || "");
            return next(index + 1, false);
          }
        });
      });
    }
    return next(0, false).catch(function () {}).then(function () {
      sending = false;
      render(sentAny && mine().length === 0 ? text("sent", "") : undefined);
    });
  }

  function queue(f) {
    var entry = entryFrom(f);
    var all = load().filter(function (other) { return other.clientMadeID !== entry.clientMadeID; });
    all.push(entry);
    store(all);
    // The next contact gets an id of its own.
    f.reset();
    f.querySelector("[name=clientMadeID]").value = newID();
    render(text("queued", ""));
    window.scrollTo(0, 0);
  }

  function onSubmit(event) {
    var f = event.target;
    var topics = f.querySelectorAll("#field-topics input:checked").length;
    var supports = f.querySelectorAll("#field-supports input:checked").length;
    if (topics === 0 || supports === 0) {
      return; // the server names the missing field
    }
    event.preventDefault();
    var entry = entryFrom(f);
    if (!navigator.onLine) {
      queue(f);
      return;
    }
    post(entry, csrfToken()).then(function (response) {
      if (response.ok && isJSON(response)) {
        return response.json().then(function (contact) {
          window.location.assign("/contacts/new?notice=contact-saved&saved=" + encodeURIComponent(contact.id));
        });
      }
      // Refused input or a stale session: the ordinary submit shows the server's page.
      f.removeEventListener("submit", onSubmit);
      f.submit();
    }, function () {
      queue(f);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var f = form();
    if (f) {
      // A page opened from the offline copy carries an id that may have been used.
      f.querySelector("[name=clientMadeID]").value = newID();
      f.addEventListener("submit", onSubmit);
      var send = document.getElementById("offline-send");
      if (send) { send.addEventListener("click", flush); }
    }
    if (f || document.querySelector("[data-register-offline]")) {
      if ("serviceWorker" in navigator) {
        navigator.serviceWorker.register("/sw.js").catch(function () {});
        // A page opened while the worker was still installing (the home page registers it
        // too) is left uncontrolled, and would not open offline: ask the worker to take it.
        navigator.serviceWorker.ready.then(function (registration) {
          if (!navigator.serviceWorker.controller && registration.active) { registration.active.postMessage("claim"); }
        });
      }
    }
    render();
    if (navigator.onLine) { flush(); }
  });
  window.addEventListener("online", flush);
  // The online event is not always told: try again now and then while something waits.
  window.setInterval(function () {
    if (navigator.onLine && mine().some(function (entry) { return !entry.error; })) { flush(); }
  }, 15000);
})();
