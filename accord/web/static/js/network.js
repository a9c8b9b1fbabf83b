// The network view: fetches the URL in #network's data-source (the JSON API) and draws it
// with vis-network. Labels go to the canvas and the list as text, never as HTML.
(function () {
  "use strict";
  var box = document.getElementById("network");
  var status = document.getElementById("widget-status");
  var COLOURS = { person: "#2563eb", organization: "#d97706", country: "#059669" };
  var PAGES = { person: "/people/", organization: "/organizations/", country: "/countries/" };

  // Known kinds have pages by id (p12, o7, KZ); anything else is looked up by name.
  function pageOf(node) {
    var page = PAGES[node.kind];
    return page ? page + encodeURIComponent(node.id) : "/actors/" + encodeURIComponent(node.name);
  }

  function listTop(nodes) {
    var list = document.createElement("ol");
    list.className = "top-actors";
    nodes.slice().sort(function (a, b) { return b.count - a.count; }).slice(0, 20).forEach(function (n) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = pageOf(n);
      link.textContent = n.name;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" (" + n.count + ")"));
      list.appendChild(item);
    });
    status.after(list);
  }

  function draw(data) {
    if (!data.nodes.length) {
      status.textContent = "No events match these filters.";
      return;
    }
    var byId = {};
    var nodes = new vis.DataSet(data.nodes.map(function (n) {
      byId[n.id] = n;
      return { id: n.id, label: n.name, value: n.count, shape: "dot", color: COLOURS[n.kind] || "#6b7280" };
    }));
    var edges = new vis.DataSet(data.edges.map(function (e, i) {
      return { id: i, from: e.source, to: e.target, value: e.count, color: { color: "#cbd5e1", highlight: "#475569" } };
    }));
    var network = new vis.Network(box, { nodes: nodes, edges: edges }, {
      nodes: { font: { face: "system-ui, sans-serif", size: 14 }, scaling: { min: 8, max: 30 } },
      edges: { scaling: { min: 1, max: 8 }, smooth: false },
      physics: { stabilization: { iterations: 200 }, barnesHut: { springLength: 140 } },
      interaction: { hover: true }
    });
    network.on("click", function (params) {
      if (params.nodes.length) {
        window.location.href = pageOf(byId[params.nodes[0]]);
      }
    });
    network.once("stabilizationIterationsDone", function () { box.dataset.ready = "true"; });
    status.textContent = data.nodes.length + " actors, " + data.edges.length + " links" + (data.truncated
      ? ": the " + data.limit + " strongest of more that match; narrow the filters to see others"
      : "");
    listTop(data.nodes);
  }

  fetch(box.dataset.source, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) { throw new Error(response.status + " " + response.statusText); }
      return response.json();
    })
    .then(draw)
    .catch(function (error) { status.textContent = "Could not load the network: " + error.message; });
})();
