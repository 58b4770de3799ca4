// The simulator's console: polls its state every half second, renders it, and answers ringing calls.
// Plain DOM (textContent only: the texts come from API clients), no library, no URL outside the simulator.
'use strict';

(function () {
  const POLL_MILLIS = 500;
  const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
  const MATCH = ['all', 'failed only', 'successful only'];
  const speech = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window ? window.speechSynthesis : null;
  let lastState = '';

  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value !== null && value !== undefined && value !== false) {
        element.setAttribute(name, value === true ? '' : value);
      }
    });
    children.flat().forEach(child => {
      if (child !== null && child !== undefined) {
        element.append(child instanceof Node ? child : String(child));
      }
    });
    return element;
  }

  const time = iso => new Date(iso).toLocaleTimeString();
  const schedule = seconds => !seconds ? '—'
    : Number.isFinite(Number(seconds)) ? new Date(Number(seconds) * 1000).toLocaleString() : String(seconds);

  async function send(method, path, body) {
    const response = await fetch(path, {
      method: method,
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)
    });
    if (!response.ok) {
      const answer = await response.json().catch(() => ({}));
      window.alert(answer.response_msg || 'The simulator answered HTTP ' + response.status);
    }
    refresh();
  }

  function answer(call, choice) {
    send('POST', '/_simulator/calls/' + encodeURIComponent(call.message_id) + '/answer', choice);
  }

  // The browser's own voice for the call's language (and, when the name tells, its gender); never required.
  function voiceFor(call) {
    const lang = (call.lang || '').toLowerCase();
    const voices = speech.getVoices().filter(v => v.lang.toLowerCase().replace('_', '-') === lang);
    const gendered = voices.filter(v => call.voice === 'male'
      ? /\bmale\b/i.test(v.name) && !/female/i.test(v.name) : /female/i.test(v.name));
    return gendered[0] || voices[0] || null;
  }

  function hearButton(call) {
    if (!speech || !call.body) {
      return null;
    }
    const voice = voiceFor(call);
    const button = el('button', {
      type: 'button', class: 'hear',
      title: voice ? 'Speak it with ' + voice.name : 'This browser has no ' + call.lang + ' voice: its default one speaks'
    }, '▶ hear');
    button.addEventListener('click', () => {
      const utterance = new SpeechSynthesisUtterance(call.body);
      utterance.lang = call.lang;
      if (voice) {
        utterance.voice = voice;
      }
      speech.cancel();
      speech.speak(utterance);
    });
    return button;
  }

  function statusCell(call) {
    const badge = el('span', {class: 'status status-' + call.status}, call.status);
    if (call.status === 'rejected') {
      return [badge, el('span', {class: 'detail'}, call.code)];
    }
    if (call.status_code) {
      const digits = call.digits ? 'digits ' + call.digits : 'no digits';
      const machine = call.machine_detected ? ', machine' : '';
      return [badge, el('span', {class: 'detail'}, call.status_code + ' · ' + digits + machine)];
    }
    return [badge];
  }

  function calleeCell(call) {
    if (call.status !== 'ringing') {
      return [];
    }
    const keypad = call.require_input ? el('div', {class: 'keypad'}, KEYS.map(key => {
      const button = el('button', {type: 'button', 'data-key': key, title: 'Answer and press ' + key}, key);
      button.addEventListener('click', () => answer(call, {answer: 'keys', keys: key}));
      return button;
    })) : null;
    const choice = (label, name, title) => {
      const button = el('button', {type: 'button', 'data-answer': name, title: title}, label);
      button.addEventListener('click', () => answer(call, {answer: name}));
      return button;
    };
    return [keypad, el('div', {class: 'choices'},
      choice(call.require_input ? 'hang up, no key' : 'answer', 'no-key', 'Answer and hang up without a key'),
      choice('leave unanswered', 'unanswered', 'Let it ring out: not answered'),
      choice('machine answers', 'machine', 'An answering machine picks up'))];
  }

  function callRow(call) {
    return el('tr', {'data-message-id': call.message_id, class: 'call-' + call.status},
      el('td', null, time(call.time)),
      el('td', null, call.to || '—'),
      el('td', null, call.voice + ' · ' + call.lang),
      el('td', {class: 'text'}, call.body || '', call.status === 'rejected' ? null : hearButton(call)),
      el('td', null, call.custom_string || ''),
      el('td', null, schedule(call.schedule)),
      el('td', {class: 'status-cell'}, statusCell(call)),
      el('td', null, call.price || '—'),
      el('td', {class: 'callee'}, calleeCell(call)));
  }

  function pushRow(push) {
    const answered = push.status !== null ? 'HTTP ' + push.status : 'no answer: ' + push.failure;
    return el('tr', {'data-message-id': push.message_id},
      el('td', null, time(push.time)),
      el('td', null, el('code', null, push.url)),
      el('td', null, el('code', null, push.message_id)),
      el('td', null, push.digits || ''),
      el('td', null, push.attempt > 1 ? push.attempt + ' (retry)' : String(push.attempt)),
      el('td', {class: 'push-status'}, answered));
  }

  function ruleRow(rule) {
    return el('tr', null,
      el('td', null, rule.receipt_rule_id),
      el('td', null, rule.rule_name),
      el('td', null, rule.action),
      el('td', null, el('code', null, rule.action_address)),
      el('td', null, MATCH[rule.match_type] || rule.match_type),
      el('td', null, rule.enabled ? 'yes' : 'no'));
  }

  // Rows whose content did not change are kept, so that a button being clicked is not replaced under the pointer.
  function fill(tableId, emptyId, items, render) {
    const body = document.querySelector('#' + tableId + ' tbody');
    const kept = new Map(Array.from(body.children).map(row => [row.dataset.key, row]));
    const rows = items.map(item => {
      const key = JSON.stringify(item);
      const row = kept.get(key) || render(item);
      row.dataset.key = key;
      return row;
    });
    body.replaceChildren(...rows);
    document.getElementById(tableId).hidden = items.length === 0;
    document.getElementById(emptyId).hidden = items.length > 0;
  }

  function render(state) {
    fill('calls', 'no-calls', state.calls, callRow);
    fill('pushes', 'no-pushes', state.pushes, pushRow);
    fill('rules', 'no-rules', state.rules, ruleRow);
    document.getElementById('ring-here').checked = state.ringing_here;
    const limit = state.rate_limit;
    document.getElementById('rate-limit').textContent = limit.limit + ' requests per minute per account, '
      + (limit.enforced ? 'enforced (429 beyond it)' : 'reported in the headers, not enforced (as built by default)');
    const faults = state.faults.slice();
    if (state.latency_ms > 0) {
      faults.push('every answer ' + state.latency_ms + ' ms late');
    }
    document.getElementById('faults').replaceChildren(
      ...(faults.length ? faults.map(f => el('li', null, f)) : [el('li', {class: 'empty'}, 'none')]));
  }

  function connected(ok) {
    const badge = document.getElementById('connection');
    badge.hidden = false;
    badge.textContent = ok ? 'live' : 'simulator not reachable';
    badge.classList.toggle('lost', !ok);
  }

  async function refresh() {
    try {
      const response = await fetch('/_simulator/console/state', {cache: 'no-store'});
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      const text = await response.text();
      connected(true);
      if (text !== lastState) {
        lastState = text;
        render(JSON.parse(text).data);
      }
    } catch (e) {
      connected(false);
    }
  }

  function poll() {
    refresh().finally(() => window.setTimeout(poll, POLL_MILLIS));
  }

  document.getElementById('console').hidden = false;
  document.getElementById('ring-here-label').hidden = false;
  document.getElementById('ring-here').addEventListener('change', event =>
    send('PUT', '/_simulator/console/ringing', {ring: event.target.checked}));
  if (speech) {
    speech.addEventListener('voiceschanged', () => { lastState = ''; refresh(); });
  }
  poll();
})();
