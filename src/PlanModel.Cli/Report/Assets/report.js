// PlanModel review report: optional conveniences only (table filters). The pages are complete without it.
(function () {
  'use strict';
  var root = document.documentElement;
  window.addEventListener('error', function (e) {
    root.setAttribute('data-js-error', String(e && e.message ? e.message : e));
  });

  function bind(input) {
    var table = document.getElementById(input.getAttribute('data-filter'));
    if (!table || !table.tBodies.length) {
      return;
    }

    input.hidden = false;
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      var rows = table.tBodies[0].rows;
      for (var i = 0; i < rows.length; i++) {
        rows[i].hidden = q !== '' && rows[i].textContent.toLowerCase().indexOf(q) < 0;
      }
    });
  }

  function ready() {
    var inputs = document.querySelectorAll('input[data-filter]');
    for (var i = 0; i < inputs.length; i++) {
      bind(inputs[i]);
    }

    root.setAttribute('data-js', 'ready');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
