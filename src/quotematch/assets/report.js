"use strict";
// The quotematch HTML report: renders the statements embedded as JSON in #qm-data.
// Every string from the data is placed with textContent or as an attribute value, never parsed
// as HTML; links are made only for http and https URLs.
(function () {
  var PAGE = 50;
  var data = JSON.parse(document.getElementById("qm-data").textContent);
  var all = data.statements;
  var byId = {};
  all.forEach(function (s) { byId[s.id] = s; });
  var state = { q: "", speaker: "", outlet: "", category: "", meaning: false,
                hideMinor: data.hideMinor, sort: data.order, shown: PAGE };
  var list = document.getElementById("statements");
  var status = document.getElementById("status");
  var more = document.getElementById("more");

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }
  function plural(n, noun) { return n + " " + noun + (n === 1 ? "" : "s"); }

  all.forEach(function (s) {
    var parts = [s.canonical, s.speaker || ""].concat(s.speakers, s.outlets);
    s.members.forEach(function (m) {
      parts.push(m.doc);
      m.segs.forEach(function (g) { parts.push(typeof g === "string" ? g : g.t); });
    });
    s.blob = parts.join("\n").toLowerCase();
    s.categories = {};
    s.minorOnly = {};
    s.members.forEach(function (m) {
      m.segs.forEach(function (g) {
        if (typeof g === "string") { return; }
        g.cats.forEach(function (c) {
          if (!g.minor) { s.categories[c] = true; } else if (!s.categories[c]) { s.minorOnly[c] = true; }
        });
      });
    });
  });

  function fill(select, values) {
    values.forEach(function (v) {
      var option = el("option", null, v);
      option.value = v;
      select.appendChild(option);
    });
  }
  function distinct(pick) {
    var seen = {};
    all.forEach(function (s) { pick(s).forEach(function (v) { if (v) { seen[v] = true; } }); });
    return Object.keys(seen).sort(function (a, b) { return a.localeCompare(b); });
  }
  fill(document.getElementById("f-speaker"), distinct(function (s) { return s.speakers; }));
  fill(document.getElementById("f-outlet"), distinct(function (s) { return s.outlets; }));
  fill(document.getElementById("f-category"), distinct(function (s) {
    return Object.keys(s.categories).concat(Object.keys(s.minorOnly));
  }));
  document.getElementById("f-minor").checked = state.hideMinor;
  document.getElementById("f-sort").value = state.sort;

  function matches(s) {
    if (state.q && s.blob.indexOf(state.q) < 0) { return false; }
    if (state.speaker && s.speakers.indexOf(state.speaker) < 0) { return false; }
    if (state.outlet && s.outlets.indexOf(state.outlet) < 0) { return false; }
    if (state.category && !s.categories[state.category] &&
        (state.hideMinor || !s.minorOnly[state.category])) { return false; }
    if (state.meaning && !s.meaning) { return false; }
    return true;
  }

  function renderCanonical(s) {
    var quote = el("blockquote", "canonical");
    var cursor = 0;
    s.heat.forEach(function (h) {
      if (h[0] < cursor) { return; }
      if (state.hideMinor && h[3] === 0) { return; }
      quote.appendChild(document.createTextNode(s.canonical.slice(cursor, h[0])));
      var changed = state.hideMinor ? h[3] : h[2];
      var mark = el("mark", "heat", s.canonical.slice(h[0], h[1]) || "\u2038");
      var count = el("sup", null, String(changed));
      count.setAttribute("aria-label", plural(changed, "version") + " differ here");
      mark.appendChild(count);
      mark.tabIndex = 0;
      mark.setAttribute("role", "button");
      mark.setAttribute("data-start", String(h[0]));
      mark.setAttribute("data-end", String(h[1]));
      quote.appendChild(mark);
      cursor = h[1];
    });
    quote.appendChild(document.createTextNode(s.canonical.slice(cursor)));
    return quote;
  }

  // Every version's reading at one place of the passage (Juxta's "all variants of this word").
  function showPlace(mark) {
    var box = mark.closest("article.statement");
    var s = byId[box.getAttribute("data-id")];
    var start = Number(mark.getAttribute("data-start"));
    var end = Number(mark.getAttribute("data-end"));
    var note = box.querySelector(".place-note");
    note.textContent = "";
    var heading = el("strong", null, "At \u201c" + s.canonical.slice(start, end) + "\u201d: ");
    note.appendChild(heading);
    var list = el("ul");
    s.members.forEach(function (m) {
      m.segs.forEach(function (g) {
        if (typeof g === "string") { return; }
        var overlaps = g.s < end && start < g.e || (g.s === g.e && start <= g.s && g.s <= end);
        if (!overlaps || (state.hideMinor && g.minor)) { return; }
        var item = el("li", null, m.outlet + ": ");
        item.appendChild(renderChange(g));
        list.appendChild(item);
      });
    });
    note.appendChild(list);
    note.hidden = false;
  }

  function renderChange(g) {
    var span = el("span", "chg cat-" + g.cat + (g.meaning ? " meaning" : "") + (g.minor ? " minor" : ""));
    if (g.f) { span.appendChild(el("del", null, g.f)); }
    if (g.f && g.t) { span.appendChild(document.createTextNode(" ")); }
    if (g.t) { span.appendChild(el("ins", null, g.t)); }
    span.appendChild(document.createTextNode(" "));
    span.appendChild(el("span", "tag", g.minor ? g.label + " · minor" : g.label));
    return span;
  }

  function renderMember(m) {
    var item = el("li");
    var who = el("div", "who");
    var url = safeUrl(m.url);
    var outlet = el(url ? "a" : "span", "outlet", m.outlet);
    if (url) { outlet.href = url; outlet.rel = "noopener noreferrer"; }
    who.appendChild(outlet);
    [m.date, m.doc, m.speaker ? "speaker: " + m.speaker : "speaker unknown", m.part]
      .forEach(function (bit) { if (bit) { who.appendChild(document.createTextNode(" \u00b7 " + bit)); } });
    item.appendChild(who);
    var line = el("p", "aligned");
    var changed = 0;
    m.segs.forEach(function (g) {
      if (typeof g === "string") { line.appendChild(document.createTextNode(g)); return; }
      if (state.hideMinor && g.minor) { line.appendChild(document.createTextNode(g.t)); return; }
      changed += 1;
      line.appendChild(renderChange(g));
    });
    if (!changed) {
      line.className = "aligned verbatim";
      line.insertBefore(el("span", "tag", "same wording: "), line.firstChild);
    }
    item.appendChild(line);
    return item;
  }

  function renderStatement(s) {
    var box = el("article", "statement");
    box.tabIndex = 0;
    box.setAttribute("data-id", s.id);
    var title = el("h2", null, s.speaker || "Speaker unknown");
    if (s.conflict) { title.appendChild(el("span", "badge", "speakers differ: " + s.speakers.join(" / "))); }
    if (s.meaning) { title.appendChild(el("span", "badge", plural(s.meaning, "meaning change"))); }
    box.appendChild(title);
    box.setAttribute("aria-label", (s.speaker || "Speaker unknown") + ": " + s.canonical.slice(0, 80));
    box.appendChild(el("p", "meta", s.id + " \u00b7 " + plural(s.members.length, "version") + " \u00b7 " +
      plural(s.outlets.length, "outlet") + " \u00b7 " + s.verbatim + " of " + s.outlets.length +
      " print it verbatim"));
    box.appendChild(renderCanonical(s));
    var note = el("div", "place-note");
    note.hidden = true;
    note.setAttribute("aria-live", "polite");
    box.appendChild(note);
    var versions = el("ol", "versions");
    s.members.forEach(function (m) { versions.appendChild(renderMember(m)); });
    box.appendChild(versions);
    return box;
  }

  function render() {
    var key = state.sort === "deviation" ? "d" : "o";
    var chosen = all.filter(matches).sort(function (a, b) { return a.rank[key] - b.rank[key]; });
    list.textContent = "";
    var page = chosen.slice(0, state.shown);
    var frag = document.createDocumentFragment();
    page.forEach(function (s) { frag.appendChild(renderStatement(s)); });
    list.appendChild(frag);
    status.textContent = "Showing " + page.length + " of " + plural(chosen.length, "statement") +
      (chosen.length < all.length ? " (" + all.length + " in the report)" : "") + ".";
    more.hidden = page.length >= chosen.length;
  }

  function bind(id, event, apply) {
    document.getElementById(id).addEventListener(event, function (e) {
      apply(e.target);
      state.shown = PAGE;
      render();
    });
  }
  bind("f-search", "input", function (t) { state.q = t.value.trim().toLowerCase(); });
  bind("f-speaker", "change", function (t) { state.speaker = t.value; });
  bind("f-outlet", "change", function (t) { state.outlet = t.value; });
  bind("f-category", "change", function (t) { state.category = t.value; });
  bind("f-meaning", "change", function (t) { state.meaning = t.checked; });
  bind("f-minor", "change", function (t) { state.hideMinor = t.checked; });
  bind("f-sort", "change", function (t) { state.sort = t.value; });
  more.addEventListener("click", function () {
    var first = list.children.length;
    state.shown += PAGE;
    render();
    if (list.children[first]) { list.children[first].focus(); }
  });

  list.addEventListener("click", function (e) {
    var mark = e.target.closest ? e.target.closest("mark.heat") : null;
    if (mark) { showPlace(mark); }
  });

  document.addEventListener("keydown", function (e) {
    var target = e.target;
    if ((e.key === "Enter" || e.key === " ") && target && target.matches &&
        target.matches("mark.heat")) {
      e.preventDefault();
      showPlace(target);
      return;
    }
    var typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" ||
                            target.tagName === "TEXTAREA");
    if (e.key === "Escape" && target && target.id === "f-search") {
      target.value = "";
      state.q = "";
      render();
      return;
    }
    if (typing || e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (e.key === "/") {
      e.preventDefault();
      document.getElementById("f-search").focus();
      return;
    }
    if (e.key !== "j" && e.key !== "k") { return; }
    var boxes = Array.prototype.slice.call(list.children);
    if (!boxes.length) { return; }
    var at = boxes.indexOf(document.activeElement);
    var next = e.key === "j" ? Math.min(at + 1, boxes.length - 1) : Math.max(at - 1, 0);
    if (at < 0) { next = 0; }
    e.preventDefault();
    boxes[next].focus();
    boxes[next].scrollIntoView({ block: "nearest" });
  });

  render();
}());
