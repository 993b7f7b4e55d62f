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
/* The pages' behaviour: the product page's badges, the checkout's options, the order page's promise.
   Which page is this script's data-page attribute. */
"use strict";
(function () {
  var page = document.currentScript.getAttribute("data-page");
  var data = Shop.data();
  var el = Shop.el;

  var ICONS = { // 24 x 24 outlines: a van, a courier's scooter, a shop front, a calendar page
    HOME_DELIVERY: "M2 6h12v9H2z M14 9h4l3 3.5V15h-7z M6 18a1.6 1.6 0 1 0 0.01 0 M17 18a1.6 1.6 0 1 0 0.01 0",
    COURIER: "M4 16h9l3-6h3 M13 16l-2-5H7 M6 18.5a2 2 0 1 0 0.01 0 M18 18.5a2 2 0 1 0 0.01 0 M16 10l-1-3h-2",
    COLLECT: "M3 9l2-5h14l2 5z M4 9v11h16V9 M10 20v-6h4v6 M3 9a3 3 0 0 0 6 0a3 3 0 0 0 6 0a3 3 0 0 0 6 0",
    SCHEDULED: "M3 5h18v16H3z M3 10h18 M8 3v4 M16 3v4 M12 13v4h3"
  };

  function methodIcon(method) {
    var span = el("span", "icon icon-" + method.toLowerCase());
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    var path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", ICONS[method] || ICONS.HOME_DELIVERY);
    svg.appendChild(path);
    span.appendChild(svg);
    return span;
  }

  /** One option drawn as a badge or a choice: its title, the promise, the countdown, the price. */
  function optionBody(o, onZero) {
    var body = el("div", "option-body");
    var head = el("div", "option-head");
    head.appendChild(el("span", "option-title", o.title));
    head.appendChild(el("span", "option-price" + (o.free ? " free" : ""), o.price));
    body.appendChild(head);
    body.appendChild(el("div", "promise-line", o.promise));
    var c = Shop.countdown(o, data.lang, onZero);
    if (c) body.appendChild(c);
    return body;
  }

  /** A SCHEDULED badge drawn as its (only) window: the option's title and price, the window's words and deadline. */
  function windowBadge(o, w) {
    return { title: o.title, price: o.price, free: o.free, promise: w.promise, orderBy: w.orderBy,
      orderByText: w.orderByText, purpose: w.purpose };
  }

  function postalForm(onPostal) {
    var form = document.getElementById("postal-form");
    var input = document.getElementById("postal-code");
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var code = input.value.replace(/\s+/g, "");
      if (code) onPostal(code);
    });
    input.addEventListener("input", function () {
      var code = input.value.replace(/\s+/g, "");
      if (/^[0-9]{5}$/.test(code)) onPostal(code); // a French postal code is complete: no need to press the button
    });
    var initial = input.value.replace(/\s+/g, "");
    if (initial) onPostal(initial);
  }

  /** Asks again at most every 2 s, however many countdowns reach zero together. */
  function throttled(fn) {
    var last = 0;
    return function () {
      var wait = Math.max(300, last + 2000 - Date.now());
      last = Date.now() + wait;
      setTimeout(fn, wait);
    };
  }

  function product() {
    var list = document.getElementById("badges");
    var buyPostal = document.getElementById("buy-postal");
    var current = "";
    var asked = 0;
    var again = throttled(function () { load(current); });
    function load(code) {
      current = code;
      buyPostal.value = code;
      var ticket = ++asked;
      Shop.json("GET", "/api/products/" + encodeURIComponent(data.sku) + "/badges?postalCode=" + encodeURIComponent(code)
          + "&lang=" + data.lang).then(function (r) {
        if (ticket !== asked) return; // a newer postal code was typed meanwhile
        Shop.syncClock(r.now);
        Shop.clearCountdowns();
        list.textContent = "";
        if (!r.badges.length) {
          list.appendChild(el("li", "hint", data.lang === "en" ? "No delivery to this postal code at the moment."
              : "Pas de livraison possible à ce code postal pour le moment."));
          return;
        }
        r.badges.forEach(function (o) {
          var li = el("li", "badge badge-" + o.method.toLowerCase());
          li.setAttribute("data-method", o.method);
          li.appendChild(methodIcon(o.method));
          // a delivery window reads as its window: the window's sentence and the countdown to its own order-by
          var body = optionBody(o.windows && o.windows.length ? windowBadge(o, o.windows[0]) : o, again);
          if (o.windows && o.windows.length) li.setAttribute("data-window", o.windows[0].start);
          if (o.method === "COLLECT") {
            var w = Shop.words(data.lang);
            body.appendChild(el("div", "stores muted", r.collectStores + " " + (r.collectStores > 1 ? w.stores : w.store)));
          }
          li.appendChild(body);
          list.appendChild(li);
        });
      }).catch(function (e) {
        if (ticket !== asked) return;
        list.textContent = "";
        list.appendChild(el("li", "error", e.message));
      });
    }
    postalForm(load);
  }

  function checkout() {
    var box = document.getElementById("options");
    var button = document.getElementById("place-order");
    var error = document.getElementById("checkout-error");
    var chosen = null;
    var chosenWindow = null; // the start of the window picked, for a SCHEDULED option
    var postal = "";
    var again = throttled(function () { load(postal); });
    function cart() {
      return { destination: { postalCode: postal }, lines: [{ sku: data.sku, quantity: data.quantity }] };
    }
    function choose(o, card, start) {
      chosen = o;
      chosenWindow = o.windows && o.windows.length ? (start || o.windows[0].start) : null;
      Array.prototype.forEach.call(box.querySelectorAll(".window input"), function (r) {
        r.checked = r.getAttribute("data-option") === card.getAttribute("data-index") && r.value === chosenWindow;
      });
      Array.prototype.forEach.call(box.querySelectorAll(".choice"), function (c) { c.classList.remove("selected"); });
      card.classList.add("selected");
      card.querySelector("input").checked = true;
      button.disabled = false;
      document.getElementById("shipping-row").hidden = false;
      document.getElementById("shipping-name").textContent = o.title;
      document.getElementById("shipping-price").textContent = o.price;
    }
    function load(code) {
      postal = code;
      error.hidden = true;
      Shop.json("POST", "/api/checkout?lang=" + data.lang, cart()).then(function (r) {
        Shop.syncClock(r.now);
        Shop.clearCountdowns();
        box.textContent = "";
        chosen = null;
        button.disabled = true;
        if (!r.options.length) {
          box.appendChild(el("p", "hint", data.lang === "en" ? "No delivery to this postal code at the moment."
              : "Pas de livraison possible à ce code postal pour le moment."));
        }
        r.options.forEach(function (o, i) {
          var card = el("label", "choice");
          card.setAttribute("data-method", o.method);
          card.setAttribute("data-service", o.service || o.location);
          var radio = el("input");
          radio.type = "radio";
          radio.name = "option";
          radio.value = String(i);
          card.appendChild(radio);
          card.appendChild(methodIcon(o.method));
          card.appendChild(optionBody(o, again));
          card.setAttribute("data-index", String(i));
          card.addEventListener("click", function () { choose(o, card); });
          box.appendChild(card);
          if (o.windows && o.windows.length) box.appendChild(windowPicker(o, i, card));
        });
      }).catch(function (e) {
        error.textContent = e.message;
        error.hidden = false;
      });
    }
    /** A SCHEDULED option's windows as radio buttons, each with its sentence and the countdown to its order-by. */
    function windowPicker(o, i, card) {
      var list = el("div", "windows");
      list.setAttribute("role", "radiogroup");
      list.setAttribute("aria-label", data.lang === "en" ? "Delivery windows" : "Créneaux de livraison");
      o.windows.forEach(function (w) {
        var label = el("label", "window");
        var radio = el("input");
        radio.type = "radio";
        radio.name = "window";
        radio.value = w.start;
        radio.setAttribute("data-option", String(i));
        label.appendChild(radio);
        var text = el("div", "window-body");
        text.appendChild(el("div", "window-line", w.promise));
        var c = Shop.countdown(w, data.lang, again);
        if (c) text.appendChild(c);
        label.appendChild(text);
        label.addEventListener("click", function () { choose(o, card, w.start); });
        list.appendChild(label);
      });
      return list;
    }
    button.addEventListener("click", function () {
      if (!chosen) return;
      button.disabled = true;
      var body = cart();
      body.choice = chosen.method === "COLLECT" ? { method: "COLLECT", location: chosen.location }
          : { method: chosen.method, service: chosen.service };
      if (chosenWindow) body.choice.window = chosenWindow;
      Shop.json("POST", "/api/orders?lang=" + data.lang, body).then(function (r) {
        window.location.href = "/orders/" + encodeURIComponent(r.orderId) + "?lang=" + data.lang;
      }).catch(function (e) {
        error.textContent = e.message;
        error.hidden = false;
        load(postal);
      });
    });
    postalForm(load);
  }

  function order() {
    var promise = document.getElementById("promise");
    var news = document.getElementById("news");
    var newsList = document.getElementById("news-list");
    var lost = document.getElementById("lost");
    var lines = document.getElementById("lines");
    var seen = -1;
    function draw(r) {
      promise.textContent = "";
      var o = r.promise || r.promised;
      var card = el("div", "promise-card" + (r.promise ? "" : " struck"));
      if (o.windows && o.windows.length) card.setAttribute("data-window", o.windows[0].start); // the window chosen
      card.setAttribute("data-status", r.status);
      card.appendChild(methodIcon(o.method));
      var body = el("div", "option-body");
      body.appendChild(el("div", "option-title", o.title));
      body.appendChild(el("div", "promise-line big", o.promise));
      if (r.promise && r.changes.length) {
        body.appendChild(el("div", "was", r.promised.promise));
      }
      card.appendChild(body);
      promise.appendChild(card);
      lost.hidden = r.promise !== null;
      if (r.changes.length !== seen) {
        seen = r.changes.length;
        newsList.textContent = "";
        r.changes.slice().reverse().forEach(function (c) { newsList.appendChild(el("li", "message", c.message)); });
        news.hidden = r.changes.length === 0;
      }
      lines.textContent = "";
      r.lines.forEach(function (l) { lines.appendChild(el("li", null, l.quantity + " × " + l.name)); });
    }
    function poll() {
      Shop.json("GET", "/api/orders/" + encodeURIComponent(data.orderId) + "?lang=" + data.lang)
          .then(draw).catch(function () { /* the next poll tries again */ })
          .then(function () { setTimeout(poll, 2000); });
    }
    poll();
  }

  if (page === "product") product();
  else if (page === "checkout") checkout();
  else if (page === "order") order();
})();
