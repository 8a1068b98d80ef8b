// Draws every element with a data-diagram-url as a BPMN diagram (bpmn-js viewer), in the box's proportions.
// The address answers either the BPMN XML itself (the processes page) or JSON {xml, current, passed} (a case
// page), whose steps are then marked. The pages say the same in text, so a failure only leaves the picture out.
(function () {
  'use strict';
  function draw(container) {
    if (typeof window.BpmnJS !== 'function') {
      return;
    }
    container.classList.add('drawing');
    fetch(container.getAttribute('data-diagram-url'), {credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('diagram answered ' + response.status);
        }
        var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
        return json ? response.json() : response.text().then(function (xml) {
          return {xml: xml, passed: [], current: []};
        });
      })
      .then(function (diagram) {
        var viewer = new window.BpmnJS({container: container});
        return viewer.importXML(diagram.xml).then(function () {
          var canvas = viewer.get('canvas');
          diagram.passed.forEach(function (step) { mark(canvas, step.id, 'step-passed'); });
          diagram.current.forEach(function (step) { mark(canvas, step.id, 'step-current'); });
          fit(container, canvas);
          container.classList.remove('drawing');
          container.classList.add('drawn');
        });
      })
      .catch(function (error) {
        container.classList.remove('drawing');
        container.classList.add('failed');
        if (window.console) {
          window.console.warn('The process diagram could not be drawn:', error);
        }
      });
  }
  // The box takes the diagram's proportions, so a wide process is not drawn tiny in a tall box; no taller than
  // most of the window, so the page around it stays in sight.
  function fit(container, canvas) {
    var inner = canvas.viewbox().inner;
    if (inner.width > 0) {
      var height = container.clientWidth * inner.height / inner.width + 40;
      container.style.height = Math.round(Math.max(160, Math.min(height, window.innerHeight * 0.9))) + 'px';
      canvas.resized();
    }
    canvas.zoom('fit-viewport', 'auto');
  }
  // An id the drawing does not know (a step of an older version of the process) is skipped, not fatal.
  function mark(canvas, id, cls) {
    try {
      canvas.addMarker(id, cls);
    } catch (e) {
      // nothing to mark
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-diagram-url]').forEach(draw);
  });
}());
