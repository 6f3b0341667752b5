// The editor: check a draft as it is typed, mark each finding in place, list the reply parts,
// and show the rewrite as word changes to accept or reject. Talks to /v1 of the same server.
"use strict";
(function () {
  var draft = document.getElementById("draft");
  var explain = document.getElementById("explain");
  var status = document.getElementById("status");
  var uiLang = document.getElementById("ui-lang");
  var strings = {}, words = {}, findings = [], runs = [], accepted = [], pending = null, sequence = 0;
  var token = (location.hash.match(/token=([^&]+)/) || [])[1];

  function api(path, body) {
    var headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + decodeURIComponent(token);
    return fetch(path, { method: "POST", headers: headers, body: JSON.stringify(body) }).then(function (r) {
      return r.json().then(function (data) {
        if (!r.ok) throw new Error(data.error || r.statusText);
        return data;
      });
    });
  }

  // The API counts code points, as Python does; JavaScript strings count UTF-16 units.
  function unitOffsets(text) {
    var units = [0], at = 0;
    for (var ch of text) { at += ch.length; units.push(at); }
    return units;
  }

  function translate(lang) {
    words = strings[lang] || strings.ru;
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach(function (el) { el.textContent = words[el.dataset.i18n]; });
    draft.dataset.placeholder = words.placeholder;
    document.title = words.title;
    render();
  }

  function caretOffset() {
    var selection = getSelection();
    if (!selection.rangeCount || !draft.contains(selection.anchorNode)) return null;
    var range = document.createRange();
    range.selectNodeContents(draft);
    range.setEnd(selection.anchorNode, selection.anchorOffset);
    return range.toString().length;
  }

  function placeCaret(offset) {
    var walker = document.createTreeWalker(draft, NodeFilter.SHOW_TEXT), node, left = offset;
    while ((node = walker.nextNode())) {
      if (left <= node.length) {
        var range = document.createRange();
        range.setStart(node, left);
        range.collapse(true);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return;
      }
      left -= node.length;
    }
  }

  // The draft with a <mark data-rule> around each finding (overlaps: the earlier one wins).
  function markDraft(text) {
    var units = unitOffsets(text), caret = caretOffset(), cursor = 0;
    var fragment = document.createDocumentFragment();
    findings.forEach(function (f, index) {
      var start = units[f.start], end = units[f.end];
      if (end <= start || start < cursor) return;
      fragment.appendChild(document.createTextNode(text.slice(cursor, start)));
      var mark = document.createElement("mark");
      mark.className = f.severity;
      mark.dataset.rule = f.rule;
      mark.dataset.index = index;
      mark.title = words.categories[f.category] + ": " + f.message;
      mark.textContent = text.slice(start, end);
      fragment.appendChild(mark);
      cursor = end;
    });
    fragment.appendChild(document.createTextNode(text.slice(cursor)));
    draft.replaceChildren(fragment);
    if (caret !== null) placeCaret(caret);
  }

  function showExplanation(index) {
    var f = findings[index];
    if (!f) return;
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    var mark = draft.querySelector('mark[data-index="' + index + '"]');
    if (mark) mark.classList.add("active");
    explain.replaceChildren();
    var head = document.createElement("div");
    head.className = "category";
    head.textContent = words.categories[f.category] + " · " + words.severities[f.severity];
    var message = document.createElement("p");
    message.className = "message";
    message.textContent = f.message;
    explain.append(head, message);
    if (f.suggestion) {
      var better = document.createElement("p");
      better.className = "suggestion";
      better.textContent = words.suggestion + ": " + f.suggestion;
      explain.append(better);
    }
    explain.hidden = false;
  }

  function render() {
    if (!words.categories) return;
    var parts = document.getElementById("parts"), list = document.getElementById("findings");
    parts.replaceChildren();
    Object.keys(words.partNames).forEach(function (part) {
      var item = document.createElement("li");
      item.dataset.part = part;
      item.textContent = words.partNames[part];
      if (render.sections) item.className = render.sections[part] ? "present" : "missing";
      parts.appendChild(item);
    });
    list.replaceChildren();
    findings.forEach(function (f, index) {
      var item = document.createElement("li");
      item.className = "severity-" + f.severity;
      item.dataset.rule = f.rule;
      item.textContent = words.categories[f.category] + (f.text ? ": «" + f.text + "»" : "");
      item.addEventListener("click", function () { showExplanation(index); });
      list.appendChild(item);
    });
    if (render.checked && !findings.length) list.textContent = words.noFindings;
    renderRewrite();
  }

  function check() {
    var text = draft.textContent, mine = ++sequence;
    if (!text.trim()) return;
    api("/v1/lint", { text: text }).then(function (report) {
      if (mine !== sequence || draft.textContent !== text) return;  // typed on meanwhile: a newer check follows
      findings = report.findings;
      render.sections = report.sections;
      render.checked = true;
      status.textContent = "";
      explain.hidden = true;
      markDraft(text);
      render();
    }).catch(function (error) {
      status.textContent = error.message;
    });
  }

  function renderRewrite() {
    var box = document.getElementById("rewrite");
    box.replaceChildren();
    var k = 0;
    runs.forEach(function (run) {
      if ("same" in run) { box.appendChild(document.createTextNode(run.same)); return; }
      var index = k++, change = document.createElement("span");
      change.className = "change " + (accepted[index] ? "accepted" : "rejected");
      change.dataset.change = index;
      var del = document.createElement("del"), ins = document.createElement("ins");
      del.textContent = run.old;
      ins.textContent = run.new;
      var yes = document.createElement("button"), no = document.createElement("button");
      yes.className = "accept secondary";
      yes.textContent = "✓";
      yes.title = words.accept;
      no.className = "reject";
      no.textContent = "✗";
      no.title = words.reject;
      yes.addEventListener("click", function () { accepted[index] = true; renderRewrite(); });
      no.addEventListener("click", function () { accepted[index] = false; renderRewrite(); });
      change.append(del, ins, yes, no);
      box.appendChild(change);
    });
  }

  function showRewrite(shown) {
    document.getElementById("rewrite-pane").hidden = !shown;
    document.querySelector("main").classList.toggle("rewriting", shown);
  }

  function rewrite() {
    var text = draft.textContent;
    if (!text.trim()) return;
    status.textContent = "…";
    api("/v1/rewrite", { text: text }).then(function (result) {
      status.textContent = "";
      runs = window.wordDiff(text, result.text);
      accepted = runs.filter(function (run) { return !("same" in run); }).map(function () { return true; });
      showRewrite(true);
      renderRewrite();
    }).catch(function (error) {
      status.textContent = error.message;
    });
  }

  draft.addEventListener("input", function () {
    clearTimeout(pending);
    pending = setTimeout(check, 500);
  });
  draft.addEventListener("click", function (event) {
    var mark = event.target.closest("mark");
    if (mark) showExplanation(Number(mark.dataset.index));
  });
  draft.addEventListener("mouseover", function (event) {
    var mark = event.target.closest("mark");
    if (mark) showExplanation(Number(mark.dataset.index));
  });
  document.getElementById("check-button").addEventListener("click", check);
  document.getElementById("rewrite-button").addEventListener("click", rewrite);
  document.getElementById("use-rewrite").addEventListener("click", function () {
    draft.textContent = window.composeDiff(runs, accepted);
    runs = [];
    showRewrite(false);
    check();
  });
  uiLang.addEventListener("change", function () { translate(uiLang.value); });

  fetch("/static/strings.json").then(function (r) { return r.json(); }).then(function (loaded) {
    strings = loaded;
    var query = new URLSearchParams(location.search);
    var lang = query.get("ui") || ((navigator.language || "").slice(0, 2) === "bg" ? "bg" : "ru");
    uiLang.value = strings[lang] ? lang : "ru";
    translate(uiLang.value);
    if (query.get("text")) {
      draft.textContent = query.get("text");
      check();
    }
  });
})();
