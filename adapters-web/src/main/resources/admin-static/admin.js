// Progressive enhancement only: every admin page works without this file.
// The change list's "select all" box ticks or clears every row's box, and each box highlights its row.
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.getElementById('action-toggle');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.action-select'));
  function mark(box) {
    var row = box.closest('tr');
    if (row) { row.classList.toggle('selected', box.checked); }
  }
  if (toggle) {
    toggle.addEventListener('change', function () {
      boxes.forEach(function (box) { box.checked = toggle.checked; mark(box); });
    });
  }
  boxes.forEach(function (box) {
    box.addEventListener('change', function () {
      mark(box);
      if (toggle) { toggle.checked = boxes.every(function (b) { return b.checked; }); }
    });
  });
});
