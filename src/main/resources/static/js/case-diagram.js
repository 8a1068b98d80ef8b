// The case's process drawn by bpmn-js's viewer, with the current step(s) and the steps passed marked. The data
// comes as JSON from the case's own /diagram address; the page already says the same in text, so a failure here
// only leaves the picture out.
(function () {
  'use strict';
  function draw(container) {
    if (typeof window.BpmnJS !== 'function') {
      return;
    }
    fetch(container.getAttribute('data-diagram-url'), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('diagram answered ' + response.status);
        }
        return response.json();
      })
      .then(function (diagram) {
        container.classList.add('drawing');
        var viewer = new window.BpmnJS({container: container});
        return viewer.importXML(diagram.xml).then(function () {
          var canvas = viewer.get('canvas');
          diagram.passed.forEach(function (step) { mark(canvas, step.id, 'step-passed'); });
          diagram.current.forEach(function (step) { mark(canvas, step.id, 'step-current'); });
          canvas.zoom('fit-viewport');
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
  // An id the drawing does not know (a step of an older version of the process) is skipped, not fatal.
  function mark(canvas, id, cls) {
    try {
      canvas.addMarker(id, cls);
    } catch (e) {
      // nothing to mark
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('case-diagram');
    if (container) {
      draw(container);
    }
  });
}());
