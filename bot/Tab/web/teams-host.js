// Loads the bundled Teams JavaScript library, only when the page runs inside a host's frame (Teams, Outlook,
// Microsoft 365), and hands it to the page's script once it is initialised. In a plain browser it does nothing: the
// library would fetch a list of origins from Microsoft's CDN on load, which the page's policy refuses and which only
// a host needs (the library falls back to the list it carries).
(function () {
  'use strict';

  window.chatAssistantTeams = function (onReady) {
    var src = document.documentElement.getAttribute('data-teams-js');
    if (!src || window.parent === window) return;
    var script = document.createElement('script');
    script.src = src;
    script.onload = function () {
      var teams = window.microsoftTeams;
      teams.app.initialize().then(function () {
        onReady(teams);
      }).catch(function (error) {
        console.warn('Teams did not initialise; the page works without it', error);
      });
    };
    document.head.appendChild(script);
  };
}());
