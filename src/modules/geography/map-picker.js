// Places a form's pin where the city's map is clicked, and fills the latitude and longitude fields (and the
// neighbourhood, when the click falls in one). The form works without this script: the fields are typed.
(function () {
  var ns = 'http://www.w3.org/2000/svg';
  Array.prototype.forEach.call(document.querySelectorAll('svg[data-picker]'), function (svg) {
    var latitude = document.getElementById(svg.getAttribute('data-latitude-input'));
    var longitude = document.getElementById(svg.getAttribute('data-longitude-input'));
    var area = document.getElementById(svg.getAttribute('data-area-select'));
    var t = svg.getAttribute('data-transform').split(' ').map(Number); // lon0, lon per pixel, lat0, lat per pixel
    if (!latitude || !longitude || t.length !== 4) return;
    var pin = null;
    function place(x, y) {
      if (!pin) {
        pin = document.createElementNS(ns, 'circle');
        pin.setAttribute('r', '7');
        pin.setAttribute('fill', '#b42318');
        pin.setAttribute('stroke', '#ffffff');
        pin.setAttribute('stroke-width', '2');
        pin.setAttribute('data-pin', '');
        svg.appendChild(pin);
      }
      pin.setAttribute('cx', String(x));
      pin.setAttribute('cy', String(y));
    }
    function fromFields() {
      var lat = parseFloat(latitude.value.replace(',', '.'));
      var lon = parseFloat(longitude.value.replace(',', '.'));
      if (isFinite(lat) && isFinite(lon)) place((lon - t[0]) / t[1], (lat - t[2]) / t[3]);
      else if (pin) {
        svg.removeChild(pin);
        pin = null;
      }
    }
    svg.addEventListener('click', function (event) {
      var point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      var local = point.matrixTransform(svg.getScreenCTM().inverse());
      longitude.value = (t[0] + local.x * t[1]).toFixed(5);
      latitude.value = (t[2] + local.y * t[3]).toFixed(5);
      place(local.x, local.y);
      var key = event.target && event.target.getAttribute ? event.target.getAttribute('data-area') : null;
      if (key && area) area.value = key;
    });
    latitude.addEventListener('change', fromFields);
    longitude.addEventListener('change', fromFields);
    fromFields();
  });
})();
