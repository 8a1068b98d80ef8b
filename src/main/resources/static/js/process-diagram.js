// Draws each element with a data-bpmn-url as a BPMN diagram (bpmn-js viewer), fitted to its box.
(function () {
  'use strict';
  function draw(container) {
    fetch(container.getAttribute('data-bpmn-url'), { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (xml) {
        var viewer = new BpmnJS({ container: container });
        return viewer.importXML(xml).then(function () {
          var canvas = viewer.get('canvas');
          // The box takes the diagram's proportions, so a wide process is not drawn tiny in a tall box.
          var inner = canvas.viewbox().inner;
          if (inner.width > 0) {
            var height = container.clientWidth * inner.height / inner.width + 40;
            // No taller than most of the window, so the page around it stays in sight.
            container.style.height = Math.round(Math.max(160, Math.min(height, window.innerHeight * 0.9))) + 'px';
            canvas.resized();
          }
          canvas.zoom('fit-viewport', 'auto');
          container.setAttribute('data-rendered', 'true');
        });
      })
      .catch(function (error) {
        container.textContent = 'The diagram could not be drawn (' + error.message + ').';
        container.setAttribute('data-rendered', 'failed');
      });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-bpmn-url]').forEach(draw);
  });
}());
