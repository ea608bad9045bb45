// The HTML report's one inline script: shows the filter bar (hidden without scripts, when the page shows everything)
// and hides the findings that do not match the chosen unit, rule, severity, urgency and category. It reads only the
// page's data attributes; no scan data is ever written into it.

export const FILTER_SCRIPT = `(() => {
  'use strict';
  const root = document.documentElement;
  root.classList.add('js');
  const form = document.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  const selects = Array.from(form.querySelectorAll('select'));
  const groups = Array.from(document.querySelectorAll('details.file'));
  const shownCount = document.getElementById('shown-count');
  const ROW_KEYS = ['rule', 'severity', 'urgency', 'category'];
  const apply = () => {
    const wanted = {};
    for (const select of selects) if (select.value !== '') wanted[select.name] = select.value;
    const rowKeys = ROW_KEYS.filter((key) => key in wanted);
    const filtering = Object.keys(wanted).length > 0;
    root.classList.toggle('filtering', filtering);
    let total = 0;
    for (const group of groups) {
      let shown = 0;
      if (!('unit' in wanted) || group.dataset.unit === wanted.unit) {
        for (const row of group.querySelectorAll('tr.finding')) {
          let match = true;
          for (const key of rowKeys) if (row.dataset[key] !== wanted[key]) { match = false; break; }
          if (row.hidden === match) row.hidden = !match;
          if (match) shown++;
        }
      }
      if (group.hidden !== (shown === 0)) group.hidden = shown === 0;
      const count = group.querySelector('.n-shown');
      if (count) count.textContent = String(shown);
      total += shown;
    }
    if (shownCount) shownCount.textContent = String(total);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.addEventListener('click', (event) => {
    const action = event.target instanceof Element ? event.target.getAttribute('data-action') : null;
    if (action === 'expand' || action === 'collapse') for (const group of groups) group.open = action === 'expand';
  });
  const choose = (bar) => {
    const select = form.querySelector('select[name="' + bar.getAttribute('data-filter') + '"]');
    if (!select) return;
    select.value = bar.getAttribute('data-value');
    apply();
    form.scrollIntoView({ block: 'start' });
  };
  for (const bar of document.querySelectorAll('.chart .bar[data-filter]')) {
    bar.setAttribute('role', 'button');
    bar.setAttribute('tabindex', '0');
    bar.addEventListener('click', () => choose(bar));
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); choose(bar); }
    });
  }
})();
`;
