// Live totals on a budget ballot form (progressive enhancement: the server checks everything again).
// Served as /static/budget-ballot.js; the page works the same without it.
(function () {
  'use strict';
  var form = document.querySelector('form[data-ballot-type]');
  var out = document.getElementById('ballot-live');
  var bar = document.getElementById('ballot-progress');
  if (!form || !out) return;
  // The bar shows how full the ballot is; the sentence beside it says it in words (and past the limit).
  var fillBar = function (value, max) {
    if (bar) bar.value = Math.max(0, Math.min(value, max));
  };
  var data = form.dataset;
  var type = data.ballotType;
  var amount = Number(data.budgetAmount);
  var pointsTotal = Number(data.pointsTotal);
  var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR';
  var money = function (n) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: data.currency, maximumFractionDigits: 0 }).format(n);
    } catch (e) {
      return String(n);
    }
  };
  var fill = function (template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) {
      return k in values ? values[k] : m;
    });
  };
  function update() {
    if (type === 'cumulative') {
      var used = 0;
      form.querySelectorAll('input[data-points]').forEach(function (input) {
        var v = Number(input.value);
        if (isFinite(v) && v > 0) used += v;
      });
      out.textContent = fill(data.textPoints, { used: used, total: pointsTotal, left: pointsTotal - used });
      out.classList.toggle('over', used > pointsTotal);
      fillBar(used, pointsTotal);
      return;
    }
    if (type === 'ranked') {
      var ranked = 0;
      form.querySelectorAll('select[data-rank]').forEach(function (select) {
        if (select.value) ranked += 1;
      });
      out.textContent = fill(data.textCount, { count: ranked });
      return;
    }
    var cost = 0;
    var count = 0;
    form.querySelectorAll('input[type=checkbox][data-cost]').forEach(function (box) {
      if (box.checked) {
        cost += Number(box.getAttribute('data-cost'));
        count += 1;
      }
    });
    var over = type === 'knapsack' && cost > amount;
    var values = { count: count, cost: money(cost), amount: money(amount), left: money(amount - cost) };
    out.textContent = fill(over ? data.textOver : data.textCost, values);
    out.classList.toggle('over', over);
    fillBar(cost, amount);
  }
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  // The server wrote the bar for the choices it sent; a browser restoring a form on reload may have others.
  update();
})();
