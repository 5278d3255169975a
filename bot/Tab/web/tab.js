// The knowledge tab's behaviour. The page is complete without it (server-rendered; a task's detail opens through the
// URL fragment and CSS :target); this adds the selected task's marking and focus, and inside Teams the Teams locale
// and opening the chat deep links through the host.
(function () {
  'use strict';

  var root = document.documentElement;
  var CHOSEN = 'chatassistant-tab-language-chosen';

  function languageOf(locale) {
    var l = String(locale || '').toLowerCase();
    if (l.indexOf('lv') === 0) return 'lv';
    if (l.indexOf('en') === 0) return 'en';
    return null;
  }

  function showSelectedTask(moveFocus) {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var nodes = document.querySelectorAll('.task[aria-current]');
    for (var i = 0; i < nodes.length; i += 1) nodes[i].removeAttribute('aria-current');
    if (id.indexOf('task-') !== 0) return;
    var node = document.getElementById('node-' + id.slice(5));
    if (node) node.setAttribute('aria-current', 'true');
    var detail = document.getElementById(id);
    if (detail && moveFocus) detail.focus();
  }

  window.addEventListener('hashchange', function () { showSelectedTask(true); });
  showSelectedTask(false);

  // A language picked by hand wins over the Teams locale for the rest of the session.
  var switches = document.querySelectorAll('a.lang');
  for (var s = 0; s < switches.length; s += 1) {
    switches[s].addEventListener('click', function () {
      try { window.sessionStorage.setItem(CHOSEN, '1'); } catch (e) { /* storage off: the link still works */ }
    });
  }

  window.chatAssistantTeams(function (teams) {
    var links = document.querySelectorAll('a.deep-link');
    for (var i = 0; i < links.length; i += 1) {
      links[i].addEventListener('click', function (event) {
        event.preventDefault();
        teams.app.openLink(this.href);
      });
    }
    teams.app.getContext().then(function (context) {
      var chosen = false;
      try { chosen = window.sessionStorage.getItem(CHOSEN) === '1'; } catch (e) { /* no storage */ }
      var wanted = languageOf(context && context.app && context.app.locale);
      if (!chosen && wanted && wanted !== root.lang) {
        var url = new URL(window.location.href);
        url.searchParams.set('lang', wanted);
        window.location.replace(url.toString());
      }
    }).catch(function (error) {
      console.warn('Teams context unavailable; the page keeps its language', error);
    });
  });
}());
