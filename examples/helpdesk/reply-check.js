// The reply check both helpdesk apps share: the reply's HTML as text, asked of `rewrite serve` (/v1/lint),
// and a verdict. It never rejects: a service that is down, slow or refuses the text lets the reply go
// (the check fails open). The apps link this file in; copy it (`cp -L`) if a packager skips links.
(function (global) {
  "use strict";
  var TIMEOUT_MS = 8000;

  function replyText(html) {
    var doc = new DOMParser().parseFromString(html || "", "text/html");
    doc.querySelectorAll("br").forEach(function (br) { br.replaceWith("\n"); });
    doc.querySelectorAll("p, div, li, blockquote").forEach(function (block) { block.append("\n"); });
    return doc.body.textContent.replace(/\n{3,}/g, "\n\n").trim();
  }

  // {reason: why the reply must not go, or null; findings; unavailable: the service gave no answer}
  function checkReply(settings, html) {
    var text = replyText(html);
    if (!text) return Promise.resolve({ reason: null, findings: [], unavailable: false });
    var headers = { "Content-Type": "application/json" };
    if (settings.token) headers.Authorization = "Bearer " + settings.token;
    var abort = new AbortController();
    var timer = setTimeout(function () { abort.abort(); }, TIMEOUT_MS);
    return fetch(settings.serverUrl.replace(/\/+$/, "") + "/v1/lint", {
      method: "POST", headers: headers, body: JSON.stringify({ text: text }), signal: abort.signal
    }).then(function (response) {
      clearTimeout(timer);
      if (response.status === 422) return { reason: null, findings: [], unavailable: false };  // not ru/bg
      if (!response.ok) throw new Error(response.statusText);
      return response.json().then(function (report) {
        var errors = report.findings.filter(function (f) { return f.severity === "error"; });
        var reason = errors.length
          ? "«" + errors[0].text + "»: " + errors[0].message + (errors.length > 1 ? " (+" + (errors.length - 1) + ")" : "")
          : null;
        return { reason: reason, findings: report.findings, unavailable: false };
      });
    }).catch(function () {
      return { reason: null, findings: [], unavailable: true };
    });
  }

  function showFindings(list, findings) {
    list.replaceChildren();
    findings.forEach(function (f) {
      var item = document.createElement("li");
      item.className = f.severity;
      item.dataset.rule = f.rule;
      item.textContent = (f.text ? "«" + f.text + "» " : "") + f.message;
      list.appendChild(item);
    });
  }

  global.ReplyCheck = { checkReply: checkReply, showFindings: showFindings, replyText: replyText };
})(window);
