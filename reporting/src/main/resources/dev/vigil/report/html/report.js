(function () {
  var table = document.getElementById('findings-table');
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var text = document.getElementById('filter-text');
  var status = document.getElementById('filter-status');
  var severity = document.getElementById('filter-severity');
  var shown = document.getElementById('filter-shown');
  var haystacks = rows.map(function (r) { return r.textContent.toLowerCase(); });
  function apply() {
    var q = text.value.trim().toLowerCase();
    var s = status.value;
    var v = severity.value;
    var n = 0;
    rows.forEach(function (r, i) {
      var ok = (!s || r.getAttribute('data-status') === s) &&
               (!v || r.getAttribute('data-severity') === v) &&
               (!q || haystacks[i].indexOf(q) !== -1);
      r.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = String(n);
  }
  // A link may preset the filters: report.html#status=FAIL&severity=high&q=s3
  location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('=');
    var value = '';
    try { value = decodeURIComponent((kv[1] || '').replace(/\+/g, ' ')); } catch (e) { return; }
    if (kv[0] === 'q') { text.value = value; }
    if (kv[0] === 'status') { status.value = value; }
    if (kv[0] === 'severity') { severity.value = value; }
  });
  text.addEventListener('input', apply);
  status.addEventListener('change', apply);
  severity.addEventListener('change', apply);
  apply();
  document.documentElement.setAttribute('data-filter-ready', 'true');
})();
