// A refused form: start keyboard and screen-reader users at the list of problems, whose links lead to each field.
(function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
