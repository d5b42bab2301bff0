/*
 * Keuzevrij compare page: live recalculation while weights change. Progressive enhancement only: without this
 * script the weight fields and the Compare button do the same through a normal form submit.
 * Totals are the same arithmetic as the server's: sum of weight times criterion score over the sum of weights.
 */
(function () {
  'use strict';

  var form = document.getElementById('compare-form');
  var table = document.getElementById('ranking');
  if (!form || !table) {
    return;
  }
  var body = table.tBodies[0];
  var live = document.getElementById('ranking-live');
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[data-criterion]'));
  var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL';
  var number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

  inputs.forEach(function (input) {
    var slider = document.createElement('input');
    var label = form.querySelector('label[for="' + input.id + '"]');
    slider.type = 'range';
    slider.min = '0';
    slider.max = '100';
    slider.step = '0.5';
    slider.value = input.value;
    slider.className = 'weight__slider';
    slider.setAttribute('aria-label', label ? label.textContent : input.name);
    slider.addEventListener('input', function () {
      input.value = slider.value;
      recompute();
    });
    input.addEventListener('input', function () {
      slider.value = input.value;
      recompute();
    });
    input.parentNode.insertBefore(slider, input.nextSibling);
  });

  function weights() {
    return inputs.map(function (input) {
      var value = parseFloat(String(input.value).replace(',', '.'));
      return isFinite(value) && value >= 0 && value <= 100 ? value : NaN;
    });
  }

  function recompute() {
    var w = weights();
    var sum = w.reduce(function (a, b) { return a + b; }, 0);
    if (w.some(isNaN) || !(sum > 0)) {
      return;
    }
    var rows = Array.prototype.slice.call(body.rows).map(function (row) {
      var scores = row.getAttribute('data-scores').split(' ').map(Number);
      var weighted = 0;
      for (var j = 0; j < scores.length; j++) {
        weighted += w[j] * scores[j];
      }
      return { row: row, total: Math.round(weighted / sum * 100) / 100, id: row.getAttribute('data-id') };
    });
    rows.sort(function (a, b) {
      return b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    var rank = 0;
    rows.forEach(function (item, index) {
      rank = index > 0 && item.total === rows[index - 1].total ? rank : index + 1;
      item.row.querySelector('.ranking__rank').textContent = String(rank);
      item.row.querySelector('.ranking__value').textContent = number.format(item.total);
      item.row.querySelector('.bar__fill').setAttribute('width', String(item.total));
      body.appendChild(item.row);
    });
    if (live) {
      live.textContent = table.getAttribute('data-live');
    }
  }
})();
