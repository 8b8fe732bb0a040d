// Conveniences only: every page works without this script.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  // Compare form: a button that adds another empty text box (the server accepts up to 12).
  const add = document.getElementById('add-entry');
  const entries = document.getElementById('entries');
  if (add && entries) {
    add.hidden = false;
    add.addEventListener('click', () => {
      const boxes = entries.querySelectorAll('fieldset.entry');
      if (boxes.length >= 12) { add.disabled = true; return; }
      const copy = boxes[boxes.length - 1].cloneNode(true);
      copy.querySelectorAll('input, textarea').forEach((field) => { field.value = ''; });
      copy.querySelector('legend').textContent = 'Text ' + (boxes.length + 1);
      entries.appendChild(copy);
      copy.querySelector('input').focus();
    });
  }
});
