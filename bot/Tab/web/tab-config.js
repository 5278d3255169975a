// The channel tab's configuration page: the tab has nothing to choose, so it is valid at once and saving points the
// tab at the knowledge page of this host.
(function () {
  'use strict';

  var data = document.body.dataset;
  window.chatAssistantTeams(function (teams) {
    teams.pages.config.registerOnSaveHandler(function (saveEvent) {
      var url = window.location.origin + data.contentPath;
      teams.pages.config.setConfig({
        entityId: data.entityId,
        contentUrl: url,
        websiteUrl: url,
        suggestedDisplayName: data.tabName
      }).then(function () {
        saveEvent.notifySuccess();
      }).catch(function (error) {
        saveEvent.notifyFailure(String(error));
      });
    });
    teams.pages.config.setValidityState(true);
  });
}());
