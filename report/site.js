// aligner report: keyboard navigation between findings, sorting and
// filtering of the pair table. No network, no eval, no inline handlers.
(function () {
  "use strict";
  var doc = document;
  var status = doc.querySelector(".nav-status, .shown");

  function visible(el) {
    return el.offsetParent !== null || el.getClientRects().length > 0;
  }

  // Findings are the focusable marks and rows of a pair page, or the rows
  // of the index (through their first link).
  function findings() {
    var els = Array.prototype.slice.call(doc.querySelectorAll(".finding"));
    return els.filter(visible);
  }

  function target(el) {
    if (el.tagName === "TR" && !el.hasAttribute("tabindex")) {
      var a = el.querySelector("a");
      if (a) { return a; }
    }
    return el;
  }

  var current = -1;
  function go(step) {
    var list = findings();
    if (list.length === 0) { return; }
    var active = doc.activeElement;
    var at = -1;
    for (var i = 0; i < list.length; i++) {
      if (list[i] === active || list[i].contains(active)) { at = i; break; }
    }
    if (at < 0) { at = current; }
    var next = at + step;
    if (at < 0 && step < 0) { next = list.length - 1; }
    if (next < 0) { next = 0; }
    if (next >= list.length) { next = list.length - 1; }
    current = next;
    var el = list[next];
    var prev = doc.querySelector("tr.current");
    if (prev) { prev.classList.remove("current"); }
    if (el.tagName === "TR") { el.classList.add("current"); }
    target(el).focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
    if (status && status.classList.contains("nav-status")) {
      status.textContent = "Finding " + (next + 1) + " of " + list.length;
    }
  }

  doc.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) {
      if (e.key === "Escape") { t.blur(); }
      return;
    }
    switch (e.key) {
      case "j": case "n": go(1); e.preventDefault(); break;
      case "k": case "p": go(-1); e.preventDefault(); break;
      case "/":
        var f = doc.getElementById("filter");
        if (f) { f.focus(); e.preventDefault(); }
        break;
    }
  });

  // Print everything: open the closed details while printing.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(doc.querySelectorAll("details:not([open])"), function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  // Sorting.
  var table = doc.getElementById("pair-table");
  if (table) {
    var body = table.tBodies[0];
    var heads = table.tHead.rows[0].cells;
    var sortBy = function (col, type, dir) {
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-v"), y = b.cells[col].getAttribute("data-v");
        var c;
        if (type === "num") { c = parseFloat(x) - parseFloat(y); }
        else { c = x < y ? -1 : x > y ? 1 : 0; }
        return dir === "ascending" ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      for (var i = 0; i < heads.length; i++) {
        heads[i].setAttribute("aria-sort", i === col ? dir : "none");
      }
    };
    Array.prototype.forEach.call(table.querySelectorAll("th button"), function (b) {
      b.addEventListener("click", function () {
        var col = parseInt(b.getAttribute("data-col"), 10);
        var th = heads[col];
        var dir = th.getAttribute("aria-sort") === "descending" ? "ascending" : "descending";
        if (b.getAttribute("data-type") === "text" && th.getAttribute("aria-sort") === "none") { dir = "ascending"; }
        sortBy(col, b.getAttribute("data-type"), dir);
      });
    });

    // Filtering.
    var filter = doc.getElementById("filter");
    var relation = doc.getElementById("relation");
    var only = doc.getElementById("findings-only");
    var apply = function () {
      var q = filter.value.trim().toLowerCase();
      var rel = relation.value;
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (r) {
        var ok = (!q || r.textContent.toLowerCase().indexOf(q) >= 0) &&
          (!rel || r.getAttribute("data-relation") === rel) &&
          (!only.checked || r.getAttribute("data-findings") === "1");
        r.hidden = !ok;
        if (ok) { shown++; }
      });
      if (status) { status.textContent = shown + " of " + body.rows.length + " pairs shown"; }
    };
    filter.addEventListener("input", apply);
    relation.addEventListener("change", apply);
    only.addEventListener("change", apply);
  }
})();
