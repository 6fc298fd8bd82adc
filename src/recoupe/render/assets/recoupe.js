// recoupe: the little interaction the brief needs (works without it: nothing is hidden but evidence rows).
(function () {
  function toggleRow(tr) {
    var ev = document.getElementById(tr.getAttribute('data-evidence'));
    if (!ev) return;
    ev.hidden = !ev.hidden;
    tr.setAttribute('aria-expanded', String(!ev.hidden));
  }
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    if (t.closest('a')) return;
    var row = t.closest('tr.claim');
    if (row) { toggleRow(row); return; }
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
      table.querySelectorAll('tr.evidence').forEach(function (r) { r.hidden = !open; });
      all.setAttribute('aria-pressed', String(open));
      all.textContent = open ? 'Hide all evidence' : 'Show all evidence';
    }
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if ((e.key === 'Enter' || e.key === ' ') && t instanceof Element && t.matches('tr.claim')) { e.preventDefault(); toggleRow(t); }
  });
})();
