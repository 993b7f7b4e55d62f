/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/* Shared by the storefront's pages: the server's clock, live countdowns to order-by deadlines, small DOM helpers.
   Plain JavaScript, no library, nothing fetched from elsewhere. */
"use strict";
var Shop = (function () {
  var offset = 0; // server time minus this browser's time, in ms (the server's clock may be fixed for a demo)
  var timers = [];
  var WORDS = {
    fr: { within: "Commandez dans les ", stores: "magasins à proximité", store: "magasin à proximité" },
    en: { within: "Order within ", stores: "stores nearby", store: "store nearby" }
  };

  function data() {
    var el = document.getElementById("page-data");
    return el ? JSON.parse(el.textContent || "{}") : {};
  }

  function syncClock(serverNow) {
    offset = Date.parse(serverNow) - Date.now();
  }

  function now() {
    return Date.now() + offset;
  }

  /** "2 h 29 min 59 s", "45 min 0 s", "9 s": the time left, to the second. */
  function duration(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    var sec = s % 60;
    if (h > 0) return h + " h " + m + " min " + sec + " s";
    if (m > 0) return m + " min " + sec + " s";
    return sec + " s";
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /**
   * A line that counts down to an option's order-by, redrawn every second. Under 24 h it is the engine's
   * sentence with the time left to the second; further away, the engine's sentence naming the day. At zero
   * it calls onZero once (the page asks the engine again: the next date applies).
   */
  function countdown(option, lang, onZero) {
    var line = el("div", "countdown");
    if (!option.orderBy) return null;
    var deadline = Date.parse(option.orderBy);
    var words = WORDS[lang] || WORDS.fr;
    var fired = false;
    function draw() {
      var left = deadline - now();
      if (left <= -1000) { // the deadline's own second has passed: an order now gets the next date
        if (!fired) { fired = true; line.classList.add("expired"); if (onZero) onZero(); }
        return;
      }
      line.textContent = "";
      if (option.purpose && left <= 24 * 3600 * 1000) {
        line.appendChild(document.createTextNode(words.within));
        line.appendChild(el("strong", "left", duration(left)));
        line.appendChild(document.createTextNode(" " + option.purpose));
      } else {
        line.appendChild(document.createTextNode(option.orderByText));
        line.appendChild(el("span", "left muted", " (" + duration(left) + ")"));
      }
    }
    draw();
    timers.push(draw);
    return line;
  }

  function clearCountdowns() {
    timers = [];
  }

  setInterval(function () {
    for (var i = 0; i < timers.length; i++) timers[i]();
  }, 1000);

  /** fetch with JSON in and out; rejects with the server's error text. */
  function json(method, url, body) {
    var init = { method: method, headers: { "Accept": "application/json" } };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (r) {
      return r.text().then(function (t) {
        var payload = t ? JSON.parse(t) : {};
        if (!r.ok) {
          var msg = payload.error || ("HTTP " + r.status);
          if (payload.problems && payload.problems.length) msg += ": " + payload.problems.join("; ");
          var e = new Error(msg);
          e.status = r.status;
          throw e;
        }
        return payload;
      });
    });
  }

  return { data: data, syncClock: syncClock, now: now, duration: duration, el: el, countdown: countdown,
    clearCountdowns: clearCountdowns, json: json, words: function (lang) { return WORDS[lang] || WORDS.fr; } };
})();
