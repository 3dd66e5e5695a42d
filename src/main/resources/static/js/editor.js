// Plan authoring: budget cells that save as the user types, the conflict dialog that keeps the
// user's text, a guard against leaving with unsaved text, and small helpers (print, select all).
// Totals are never computed here: the server answers every save with the totals rows.
(function () {
  'use strict';
  const DELAY = 400;
  const timers = new Map();

  // ---- budget cells: [data-autosave] inputs fire "save" once the user pauses -----------------
  // "save" is their only hx-trigger, so the session-expired dialog (sujarit.js) can resend it.
  function save(el) {
    clearTimeout(timers.get(el));
    timers.delete(el);
    if (el.dataset.sent === el.value) return;
    el.dataset.sent = el.value;
    htmx.trigger(el, 'save');
  }

  document.addEventListener('input', function (e) {
    const el = e.target;
    if (!el.matches || !el.matches('[data-autosave]')) return;
    clearTimeout(timers.get(el));
    timers.set(el, setTimeout(function () { save(el); }, DELAY));
  });
  document.addEventListener('change', function (e) {
    if (e.target.matches && e.target.matches('[data-autosave]')) save(e.target);
  });
  document.addEventListener('focusin', function (e) {
    const el = e.target;
    if (el.matches && el.matches('[data-autosave]') && el.dataset.sent === undefined) el.dataset.sent = el.value;
  });
  // text typed before this script ran (a slow connection) is saved as soon as it runs
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-autosave]').forEach(function (el) {
      if (el.value !== el.defaultValue) { el.dataset.sent = el.defaultValue; save(el); }
    });
  });
  // any other request (add, move, remove) waits until pending cells are sent: hx-sync queues them in order
  document.addEventListener('htmx:confirm', function (e) {
    if (e.target.matches && e.target.matches('[data-autosave]')) return;
    Array.from(timers.keys()).forEach(save);
  });

  // ---- marks on the control that was refused or accepted -------------------------------------
  document.addEventListener('htmx:afterRequest', function (e) {
    const el = e.detail.elt;
    const status = e.detail.xhr ? e.detail.xhr.status : 0;
    if (el && el.matches && el.matches('input, select, textarea')) {
      if (status === 422) el.setAttribute('aria-invalid', 'true');
      else if (status >= 200 && status < 300) el.removeAttribute('aria-invalid');
    }
    const form = el && el.closest ? el.closest('[data-guard]') : null;
    if (form && status >= 200 && status < 300 && e.detail.requestConfig && e.detail.requestConfig.verb !== 'post') {
      form.removeAttribute('data-dirty');
    }
    if (status === 409) conflict(el);
  });

  // ---- conflict: show the user's text beside the stored version, offer to apply it again -------
  const pending = new Set();

  function labelOf(input) {
    if (input.labels && input.labels.length) return input.labels[0].textContent.trim();
    return input.getAttribute('aria-label') || input.name;
  }

  function valuesOf(el) {
    const fields = el.matches('input, select, textarea') ? [el] : Array.from(el.querySelectorAll('input, select, textarea'));
    return fields.filter(function (f) {
      return f.name && f.type !== 'hidden' && f.name !== 'revision' && ((f.type !== 'checkbox' && f.type !== 'radio') || f.checked);
    }).map(function (f) {
      const value = f.tagName === 'SELECT' ? (f.selectedOptions[0] ? f.selectedOptions[0].textContent : '') : (f.type === 'checkbox' ? '✓' : f.value);
      return [labelOf(f), value];
    }).filter(function (pair) { return pair[1] && pair[1].trim() !== ''; });
  }

  function conflict(el) {
    const dialog = document.getElementById('conflict');
    if (!dialog || !el) return;
    pending.add(el);
    const mine = document.getElementById('conflict-mine');
    mine.replaceChildren();
    pending.forEach(function (p) {
      valuesOf(p).forEach(function (pair) {
        const dt = document.createElement('dt');
        dt.textContent = pair[0];
        const dd = document.createElement('dd');
        dd.textContent = pair[1];
        mine.append(dt, dd);
      });
    });
    const source = el.closest('[data-latest]');
    const theirs = document.getElementById('conflict-theirs');
    theirs.replaceChildren();
    if (source) htmx.ajax('GET', source.dataset.latest, {target: theirs, swap: 'innerHTML'});
    dialog.hidden = false;
    dialog.querySelector('[data-conflict="reapply"]').focus();
  }

  function triggerOf(el) {
    return el.getAttribute('hx-trigger') || (el.tagName === 'FORM' ? 'submit' : 'change');
  }

  document.addEventListener('click', function (e) {
    const button = e.target.closest ? e.target.closest('[data-conflict]') : null;
    if (!button) return;
    const dialog = document.getElementById('conflict');
    const action = button.dataset.conflict;
    if (action === 'reload') {
      pending.clear();
      document.querySelectorAll('[data-dirty]').forEach(function (f) { f.removeAttribute('data-dirty'); });
      window.location.reload();
      return;
    }
    dialog.hidden = true;
    if (action !== 'reapply') return;
    const rev = document.getElementById('plan-rev');
    // take the stored revision, then send each refused change again on top of it, in order
    htmx.ajax('GET', rev.dataset.url, {target: rev, swap: 'outerHTML'}).then(function () {
      const again = Array.from(pending);
      pending.clear();
      again.forEach(function (el) { if (document.body.contains(el)) htmx.trigger(el, triggerOf(el)); });
    });
  });

  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    const dialog = document.getElementById('conflict');
    if (dialog && !dialog.hidden) dialog.hidden = true;
  });

  // ---- do not lose typed text by leaving the page -------------------------------------------
  document.addEventListener('input', function (e) {
    const form = e.target.closest ? e.target.closest('[data-guard]') : null;
    if (form) form.setAttribute('data-dirty', '');
  });
  window.addEventListener('beforeunload', function (e) {
    if (timers.size > 0 || pending.size > 0 || document.querySelector('[data-guard][data-dirty]')) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  // ---- small helpers --------------------------------------------------------------------------
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('[data-print]')) window.print();
    const all = e.target.closest ? e.target.closest('[data-check-all]') : null;
    if (all) {
      const boxes = Array.from(all.closest('.library-choices').querySelectorAll('input[type=checkbox]'));
      const check = boxes.some(function (b) { return !b.checked; });
      boxes.forEach(function (b) { b.checked = check; });
    }
  });
  document.addEventListener('submit', function (e) {
    const form = e.target;
    if (form.matches('[data-confirm]') && !window.confirm(form.dataset.question)) e.preventDefault();
  });
})();
