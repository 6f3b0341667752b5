// Word-level diff: the rewrite as runs of unchanged text and changes (old words → new words).
"use strict";
(function (global) {
  function tokens(text) {
    return text.match(/\s+|[^\s]+/g) || [];
  }

  // Longest common subsequence of tokens, then runs; past MAX tokens the whole text is one change.
  var MAX = 3000;

  function wordDiff(before, after) {
    var a = tokens(before), b = tokens(after);
    if (a.length > MAX || b.length > MAX) {
      return before === after ? [{ same: before }] : [{ old: before, new: after }];
    }
    var n = a.length, m = b.length, lcs = [];
    for (var i = 0; i <= n; i++) lcs.push(new Uint16Array(m + 1));
    for (i = n - 1; i >= 0; i--) {
      for (var j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    var runs = [], x = 0, y = 0;
    function push(kind, text) {
      var last = runs[runs.length - 1];
      if (kind === "same") {
        if (last && "same" in last) last.same += text; else runs.push({ same: text });
      } else {
        if (!last || "same" in last) { last = { old: "", new: "" }; runs.push(last); }
        last[kind] += text;
      }
    }
    while (x < n || y < m) {
      if (x < n && y < m && a[x] === b[y]) { push("same", a[x]); x++; y++; }
      else if (y < m && (x === n || lcs[x][y + 1] >= lcs[x + 1][y])) { push("new", b[y]); y++; }
      else { push("old", a[x]); x++; }
    }
    return joinChanges(runs);
  }

  // Changes split only by spaces read as one change: «до Вашего сведения» → «», not three.
  function joinChanges(runs) {
    var joined = [];
    runs.forEach(function (run, i) {
      var last = joined[joined.length - 1], next = runs[i + 1];
      var gap = "same" in run && /^\s+$/.test(run.same) && last && !("same" in last) && next && !("same" in next);
      if (gap) { last.old += run.same; last.new += run.same; return; }
      if (last && !("same" in last) && !("same" in run)) { last.old += run.old; last.new += run.new; return; }
      joined.push("same" in run ? { same: run.same } : { old: run.old, new: run.new });
    });
    return joined;
  }

  // The text with each change taken (accepted[i] true) or left as it was.
  function compose(runs, accepted) {
    var out = "", k = 0;
    runs.forEach(function (run) {
      if ("same" in run) out += run.same;
      else out += accepted[k++] ? run.new : run.old;
    });
    return out;
  }

  global.wordDiff = wordDiff;
  global.composeDiff = compose;
})(window);
