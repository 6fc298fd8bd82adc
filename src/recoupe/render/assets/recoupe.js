// recoupe: the little interaction the brief needs (works without it: nothing is hidden but evidence rows).
(function () {
  // the web app sends evidence on demand (long stories stay light); the report has it inline
  function load(ev) {
    var td = ev.querySelector('td[data-src]');
    if (!td || ev.hidden || td.getAttribute('data-loaded')) return;
    td.setAttribute('data-loaded', '1');
    fetch(td.getAttribute('data-src'), {credentials: 'same-origin'})
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
      .then(function (html) { td.innerHTML = html; })
      .catch(function () { td.removeAttribute('data-loaded'); });
  }
  function toggleRow(tr) {
    var ev = document.getElementById(tr.getAttribute('data-evidence'));
    if (!ev) return;
    ev.hidden = !ev.hidden;
    load(ev);
    tr.setAttribute('aria-expanded', String(!ev.hidden));
  }
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    if (t.closest('a')) return;
    var row = t.closest('tr.claim');
    if (row) { toggleRow(row); return; }
    var only = t.closest('.filters button[data-matrix]');
    if (only) {
      var matrix = document.getElementById(only.getAttribute('data-matrix'));
      if (!matrix) return;
      matrix.setAttribute('data-only', only.getAttribute('data-only'));
      only.parentNode.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-pressed', String(b === only)); });
      return;
    }
    var btn = t.closest('.filters button');
    if (btn) {
      var box = document.getElementById(btn.getAttribute('data-target'));
      if (!box) return;
      var kind = btn.getAttribute('data-kind');
      box.className = 'text ' + (kind === 'all' ? box.getAttribute('data-all') : (kind === 'none' ? '' : 'show-' + kind));
      btn.parentNode.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-pressed', String(b === btn)); });
    }
    var all = t.closest('button.toggle[data-all-evidence]');
    if (all) {
      var table = document.getElementById(all.getAttribute('data-all-evidence'));
      var open = all.getAttribute('aria-pressed') !== 'true';
      table.querySelectorAll('tr.evidence').forEach(function (r) { r.hidden = !open; load(r); });
      all.setAttribute('aria-pressed', String(open));
      all.textContent = open ? 'Hide all evidence' : 'Show all evidence';
    }
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if ((e.key === 'Enter' || e.key === ' ') && t instanceof Element && t.matches('tr.claim')) { e.preventDefault(); toggleRow(t); }
  });
})();
