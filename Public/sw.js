// Rinnalla service worker: keeps the contact form and the service directory usable
// without a network (stairwells, basements). Pages are always asked from the network
// first; the copy kept here is used only when the network is gone. Contacts themselves
// are never kept here: the form's script queues them and removes each once sent.
"use strict";

var CACHE = "rinnalla-offline-v1";
// The pages that must open offline, and what they need.
var PAGES = ["/contacts/new", "/places", "/service-paths"];
var ASSETS = ["/css/app.css", "/js/app.js", "/js/contacts-offline.js"];
// Pages under these paths are kept as they are visited (a place's own page).
var DIRECTORIES = ["/places/", "/service-paths/"];

function keep(cache, url) {
  return fetch(url, { credentials: "same-origin" })
    .then(function (response) {
      // A redirect (to the login page) or an error is not the page itself.
      if (response.ok && !response.redirected) {
        return cache.put(url, response);
      }
    })
    .catch(function () {});
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      return Promise.all(ASSETS.concat(PAGES).map(function (url) { return keep(cache, url); }));
    }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) { return name !== CACHE; })
        .map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function cachedPath(url) {
  if (url.origin !== self.location.origin) { return null; }
  var path = url.pathname;
  if (PAGES.indexOf(path) >= 0 || ASSETS.indexOf(path) >= 0) { return path; }
  for (var i = 0; i < DIRECTORIES.length; i++) {
    if (path.indexOf(DIRECTORIES[i]) === 0 && url.search === "") { return path; }
  }
  return null;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") { return; }
  var path = cachedPath(new URL(request.url));
  if (!path) { return; }
  event.respondWith(
    fetch(request).then(function (response) {
      // Only the plain page is kept (a search result is not), and only a real answer.
      if (response.ok && !response.redirected && new URL(request.url).search === "") {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(path, copy); });
      }
      return response;
    }).catch(function () {
      return caches.open(CACHE).then(function (cache) { return cache.match(path); }).then(function (kept) {
        return kept || Response.error();
      });
    })
  );
});

// A page that loaded while this worker was installing asks to be taken over.
self.addEventListener("message", function (event) {
  if (event.data === "claim") { event.waitUntil(self.clients.claim()); }
});
