// Coding any stretch of text: with JavaScript, selecting part of the transcript fills in the form's
// "selection" field with its range in Unicode code points (the unit every offset uses); without it,
// the sentence and paragraph checkboxes do the same job.
(function () {
  var transcript = document.getElementById('transcript');
  var field = document.getElementById('selection');
  var status = document.getElementById('selection-status');
  if (!transcript || !field || !status) return;
  var codePoints = function (text) { return Array.from(text).length; };
  // The offset of a point (node, offset within it) inside the sentence label that holds it.
  var offsetOf = function (node, offset) {
    var label = node.nodeType === 1 ? node : node.parentElement;
    while (label && label !== transcript && !label.hasAttribute('data-start')) label = label.parentElement;
    if (!label || label === transcript) return null;
    var before = document.createRange();
    before.selectNodeContents(label);
    before.setEnd(node, offset);
    return Number(label.getAttribute('data-start')) + codePoints(before.toString());
  };
  document.addEventListener('selectionchange', function () {
    var selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    var range = selection.getRangeAt(0);
    if (!transcript.contains(range.commonAncestorContainer)) return;
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    field.value = start + '-' + end;
    status.textContent = status.getAttribute('data-template') ? status.getAttribute('data-template').replace('{text}', range.toString()) : range.toString();
  });
})();
