// Dates in the reader's own time zone and the page's language: the server writes UTC into <time datetime>, this
// rewrites the text.
(function () {
  'use strict';
  var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
  });
  function localizeDates(root) {
    root.querySelectorAll('time[datetime]').forEach(function (time) {
      var at = new Date(time.getAttribute('datetime'));
      if (!isNaN(at.getTime())) {
        time.title = time.textContent;
        time.textContent = format.format(at);
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    localizeDates(document);
  });
}());
