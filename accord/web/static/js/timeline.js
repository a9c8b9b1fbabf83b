// The timeline view: fetches the events at #timeline's data-source (the JSON API) and lays
// them out with vis-timeline. Item contents are DOM nodes built with textContent, so no
// event text is ever parsed as HTML.
(function () {
  "use strict";
  var box = document.getElementById("timeline");
  var status = document.getElementById("widget-status");
  var panel = document.getElementById("selection");
  var PAGES = { person: "/people/", organization: "/organizations/", country: "/countries/" };

  // ISO dates at any precision: 2023 and 2023-03 start on the first day.
  function startOf(date) {
    return date.length === 4 ? date + "-01-01" : date.length === 7 ? date + "-01" : date.slice(0, 10);
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  // Known kinds have pages by id (p12, o7, KZ); anything else is looked up by name.
  function pageOf(actor) {
    var page = PAGES[actor.kind];
    return page ? page + encodeURIComponent(actor.id) : "/actors/" + encodeURIComponent(actor.name);
  }

  function link(href, text) {
    var a = element("a", text);
    a.href = href;
    return a;
  }

  // The row already says the type: the item names who took part.
  function itemContent(event) {
    var names = event.participants || [];
    var who = names.slice(0, 2).join(", ") + (names.length > 2 ? " +" + (names.length - 2) : "");
    return element("span", who || event.type);
  }

  // Open on the bulk of the events: a few old anniversaries should not shrink the rest to a line.
  function window_(starts) {
    var sorted = starts.slice().sort();
    var first = new Date(sorted[Math.floor((sorted.length - 1) * 0.1)]);
    var last = new Date(sorted[sorted.length - 1]);
    var pad = Math.max((last - first) * 0.05, 1000 * 60 * 60 * 24 * 15);
    return { start: new Date(first.getTime() - pad), end: new Date(last.getTime() + pad) };
  }

  function showDetails(event) {
    panel.replaceChildren();
    panel.appendChild(element("strong", event.type + ", " + event.date + (event.place ? ", " + event.place : "")));
    var who = element("div");
    var actors = event.actors && event.actors.length ? event.actors : (event.participants || []).map(function (name) {
      return { name: name };
    });
    actors.forEach(function (actor, i) {
      if (i) { who.appendChild(document.createTextNode(", ")); }
      who.appendChild(link(pageOf(actor), actor.name));
    });
    panel.appendChild(who);
    if (event.agreement) { panel.appendChild(element("div", event.agreement, "muted")); }
    var sources = element("ul");
    (event.sources || []).forEach(function (src) {
      var anchor = src.evidence ? "#at-" + src.evidence.start : "";
      var item = element("li");
      item.appendChild(link("/articles/" + encodeURIComponent(src.article_id) + anchor, src.title || "article"));
      if (src.sentence) { item.appendChild(element("div", src.sentence, "muted small")); }
      sources.appendChild(item);
    });
    panel.appendChild(sources);
    panel.hidden = false;
  }

  // `more`: the API's Link header names a next page, so more events match than were sent.
  function draw(events, more) {
    var dated = events.filter(function (e) { return e.date; });
    if (!dated.length) {
      status.textContent = "No dated events match these filters.";
      return;
    }
    var byId = {};
    var types = [];
    var items = new vis.DataSet(dated.map(function (e) {
      byId[e.id] = e;
      if (types.indexOf(e.type) < 0) { types.push(e.type); }
      return { id: e.id, group: e.type, start: startOf(e.date), content: itemContent(e), className: "type-" + e.type };
    }));
    // One row per event type keeps a busy period readable.
    var groups = new vis.DataSet(types.sort().map(function (t) { return { id: t, content: t }; }));
    var range = window_(dated.map(function (e) { return startOf(e.date); }));
    var timeline = new vis.Timeline(box, items, groups, {
      start: range.start,
      end: range.end,
      zoomMin: 1000 * 60 * 60 * 24 * 7,
      maxHeight: 600,
      verticalScroll: true,
      zoomKey: "ctrlKey",
      showCurrentTime: false,
      margin: { item: 4 },
      orientation: "top"
    });
    timeline.on("select", function (props) {
      if (props.items.length) { showDetails(byId[props.items[0]]); }
    });
    var undated = events.length - dated.length;
    status.textContent = dated.length + (dated.length === 1 ? " event" : " events") +
      (undated ? " (" + undated + " undated not shown)" : "") +
      (more ? ": the first " + events.length + " by date of more that match; narrow the filters to see others" : "");
    box.dataset.ready = "true";
  }

  fetch(box.dataset.source, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) { throw new Error(response.status + " " + response.statusText); }
      var more = /rel="next"/.test(response.headers.get("Link") || "");
      return response.json().then(function (events) { draw(events, more); });
    })
    .catch(function (error) { status.textContent = "Could not load the timeline: " + error.message; });
})();
